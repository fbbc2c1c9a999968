// Nouns for written or broadcast words. GUIDELINES.md: the speaker of written words is their author
// ("the ministry that issued the statement"), so "X issued a statement saying ..." quotes X.

/** Document nouns, by lemma. */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'release', 'report', 'letter', 'notice', 'notification', 'circular', 'order', 'ruling', 'verdict',
  'judgment', 'judgement', 'message', 'post', 'tweet', 'memo', 'note', 'communique', 'communiqué', 'declaration',
  'announcement', 'advisory', 'bulletin', 'petition', 'filing', 'document', 'email', 'video',
]);
