// A clause with no "that" after a cue that needs one: a pronoun or a short noun phrase, then an auxiliary.

// "announced it would halt talks", "others allege it was a test": a subject pronoun and a finite verb
// open a clause, so a verb that otherwise needs "that" ("announced the plan") reports one
// ("warned social care had become", "announced Canada would": so does a short noun phrase before an auxiliary;
// a longer one, or one with a comma or a relative in it, may be the object: "denied the charges made by ...")
const PRONOUN_CLAUSE =
  /^(?:he|she|they|we|I|it|(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)\s+(?:would|will|was|were|is|are|had|has|have|could|can|should|must|might|may|did|does|do)\b/u;
// (what the short phrase may not hold: a conjunction or a relative, "the charges that were filed"; a preposition
// it may, "indicated a visit to Beijing was on the cards")
const NOT_IN_SUBJECT = /^(?:\S+\s+){0,3}?(?:that|which|who|whom|whose|what|where|why|how|whether|and|or|but|if|when|as)\s/i;
export const PREPOSITION_FIRST = /^(?:with|without|of|for|by|from|in|on|at|to|under|including|amid)\s/i;

/** A pronoun or a short noun phrase, then an auxiliary, at the start of `opening`. */
export function bareClause(opening: string): boolean {
  // (the test of the subject reads up to its auxiliary only: "he had tried to buy" has "to" in its predicate)
  const clause = PRONOUN_CLAUSE.exec(opening);
  // ("Another technology revealed at the exhibition was ...": a preposition's phrase is no subject; the cue there is
  // a participle describing the noun before it)
  return clause !== null && !NOT_IN_SUBJECT.test(clause[0]) && !PREPOSITION_FIRST.test(clause[0]);
}
