// Pronouns that can stand for a speaker, with what they can point back to.

export type PronounKind = 'masculine' | 'feminine' | 'plural' | 'neuter';

export const SPEAKER_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([
  ['he', 'masculine'], ['him', 'masculine'], ['his', 'masculine'],
  ['she', 'feminine'], ['her', 'feminine'],
  ['they', 'plural'], ['them', 'plural'], ['one of them', 'plural'],
  ['it', 'neuter'], ['its', 'neuter'],
]);

/** Subject forms only: the ones that can stand before a reporting verb. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'one of them']);
