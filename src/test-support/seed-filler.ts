// The seeds' sentences that make no claim, as issue 13 names them and the like: they move the story along, no more.
// The claim rule's unit tests, coverage's rows of the seeds and coverage's browser tests all expect these.
export const SEED_FILLER: readonly string[] = [
  'Here’s why.',
  'Translation?',
  'If not?',
  'The stakes?',
  'But if we drop the ball?',
  'Here’s the breakdown:',
];
