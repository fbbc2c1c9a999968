// Nouns for written or broadcast words. GUIDELINES.md: the speaker of written words is their author
// ("the ministry that issued the statement"), so "X issued a statement saying ..." quotes X.

/** Document nouns, by lemma. */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'release', 'report', 'letter', 'notice', 'notification', 'circular', 'order', 'ruling', 'verdict',
  'judgment', 'judgement', 'message', 'post', 'tweet', 'memo', 'note', 'communique', 'communiqué', 'declaration',
  'announcement', 'advisory', 'bulletin', 'petition', 'filing', 'document', 'email', 'video',
]);

/**
 * Labels of a line linking to another story ("READ MORE: X - Y may last years"), which web copy sets between
 * paragraphs: the linked headline is no part of the article's telling, so one it names is no antecedent.
 */
export const LINK_LABELS = ['read more', 'also read', 'related'];
