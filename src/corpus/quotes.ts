// Quotes: quoted spans in an article's paragraphs, each with its speaker where the text says who.
import { partitionPoint } from './partition-point.ts';
import { quotedSpans } from './quote-marks.ts';
import { matchesOf } from './regexp-matches.ts';
import { remembered } from './remembered.ts';
import { sayingVerbs, VERB_SOURCE } from './saying-verbs.ts';
import { sentenceAt } from './segment.ts';
import { cleanName, fullName, fullNames, isGenericNoun, isTitle, PARTY_TAG } from './speaker-names.ts';
import type { Paragraph, Quote, Range, Sentence, SpeakerBasis } from './types.ts';

/** A quote as one article shows it: its group is for `groupQuotes`, which sees them all, to give. */
export type FoundQuote = Omit<Quote, 'group'>;

const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

function countWords(s: string): number {
  return s.split(/\s+/u).filter((word) => WORDISH.test(word)).length;
}

// --- Attribution ---------------------------------------------------------------------------------------------

/** Words between a subject and its verb: "Amodei also wrote", "he has said". */
const ADVERB =
  /^(?:\p{Ll}+ly|also|later|then|again|once|further|previously|earlier|often|has|had|have|would|will|did|does)$/u;
/** Auxiliaries before an -ing verb of saying: "he is arguing", "Amodei was telling". */
const AUXILIARY = /^(?:is|was|are|were|been|be|'s|’s)$/u;
/** Words that show the next one is a noun, not a verb: "that claims", "the notes", "a claim". */
const DETERMINER =
  /^(?:the|a|an|that|this|these|those|of|about|his|her|its|their|our|or|in|on|to|for|with|by)$/i;

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const GAP = String.raw`[ \t\r\n]+`;
const NAME_RUN = String.raw`${NAME_WORD}(?:${GAP}${NAME_WORD})*`;
const NAME_AT_END = new RegExp(`(${NAME_RUN})$`, 'u');
const NAME_AT_START = new RegExp(`^(${NAME_RUN})`, 'u');
/** "Dr. Anika Roe of Save Gannet Sands", "Ruth Adeyemi at Kestrel & Co.": the person, not the organisation. */
const NAME_OF_ORGANISATION = new RegExp(
  String.raw`^(${NAME_RUN})${GAP}(?:of|at|from|with)${GAP}(?:the${GAP})?\p{Lu}[^,;:|]*$`,
  'u',
);
/** "Secretary of Transportation Pete Holm": a title, "of", and a run holding the office and the name. */
const TITLE_OF = new RegExp(String.raw`^(${NAME_RUN})${GAP}of${GAP}(?:the${GAP})?(${NAME_RUN})$`, 'u');
const NAMES = new RegExp(NAME_RUN, 'gu');
const PRONOUN = /^(?:he|she)$/i;
const ACCORDING = new RegExp(String.raw`[Aa]ccording to${GAP}(${NAME_RUN})`, 'gu');

/**
 * What is found next to a quote: a speaker (named, or a pronoun to resolve), an organisation only referred to ("the
 * company said", "it said": resolved to the organisation named just before), the subject of the sentence (a
 * participle right after the quote: "…”, warning"), a verb whose subject is not a name ("the city said"), or nothing.
 */
type Finding =
  | { kind: 'speaker'; name: string; basis: 'named' | 'pronoun' }
  | { kind: 'organisation'; it: boolean }
  | { kind: 'subject' }
  | { kind: 'other' }
  | null;

const named = (name: string | null): Finding =>
  name === null ? null : { kind: 'speaker', name, basis: 'named' };

/** How far back from a verb its subject is looked for: enough for any subject, so the work per verb is bounded. */
const SUBJECT_WINDOW = 300;
/** Nouns for the people who speak for an organisation: "a Microsoft spokesperson said", "Navy leadership warned". */
const ROLE =
  /^(?:spokes(?:person|man|woman|people)|representatives?|officials?|leadership|executives?|management|staff)$/u;
/** Common nouns an organisation is referred to by once named: "the company said". */
const ORGANISATION_NOUN =
  /^(?:company|firm|airline|carrier|agency|department|ministry|regulator|authority|startup|start-up|bank|group|organi[sz]ation|government|administration|watchdog|insurer|retailer|automaker|manufacturer|developer|operator|platform|network|newspaper|broadcaster|union|council|commission|committee|court|navy|army|military|police)$/u;
/** What an organisation says things in: "the statement said", "the note continues". */
const DOCUMENT_NOUN =
  /^(?:statement|note|release|announcement|notice|letter|filing|post|blog|memo|email|e-mail)$/u;
/** Words of time between a subject and its verb: "Trump on Monday said", "Delta late Tuesday said". */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend)$/iu;
const TIME_LEAD = /^(?:on|last|this|late|early|earlier|next|that|in|a|the|recently)$/iu;

/** An organisation's name at the end of `s` as written ("a Microsoft" → Microsoft, "the U.S." → U.S.), or null. */
function organisationAtEnd(s: string): string | null {
  const run = NAME_AT_END.exec(s.trimEnd());
  if (!run) return null;
  const words = (run[1] ?? '').split(/\s+/u);
  while (words.length > 0 && /^(?:The|A|An)$/u.test(words[0] ?? '')) words.shift();
  const name = words.join(' ').replace(/(?<!\p{Lu})\.$/u, '');
  return name === '' || /['’]s?$/u.test(name) || isGenericNoun(name) ? null : name;
}

/** The last word of `s`, and `s` without it. */
function lastWord(s: string): { word: string; rest: string } {
  // A backward scan, not a regex anchored at the end: that retries from every position of a long run.
  let end = s.length;
  while (end > 0 && SPACE.test(s.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !SPACE.test(s.charAt(start - 1))) start--;
  return { word: s.slice(start, end), rest: s.slice(0, start) };
}

/** The name a clause opens with, its subject: "Mayor Celia Dunmore defended …". */
function startName(clause: string): string | null {
  const run = NAME_AT_START.exec(clause.replace(/^[\s|,]+/u, ''));
  return run ? cleanName(run[1] ?? '') : null;
}

/**
 * The person a stretch between commas names: "Sophie Marchetti of Marchetti & Crane" → Sophie Marchetti;
 * "Harbour commissioner Mara Lindqvist" → Mara Lindqvist (a short description may come first).
 */
function segmentName(segment: string, maxLeadingWords: number): string | null {
  const trimmed = segment.trim();
  const organisation = NAME_OF_ORGANISATION.exec(trimmed);
  const person = organisation ? cleanName(organisation[1] ?? '') : null;
  if (person !== null) return person;
  const titled = TITLE_OF.exec(trimmed);
  if (titled && (titled[1] ?? '').split(/\s+/u).every(isTitle)) {
    // "Secretary of Transportation Pete Holm": the office's first word, then the person.
    const words = (titled[2] ?? '').split(/\s+/u);
    return words.length >= 3 ? cleanName(words.slice(1).join(' ')) : null;
  }
  const run = NAME_AT_END.exec(trimmed);
  if (!run) return null;
  const lead = trimmed.slice(0, run.index);
  // "a spokesperson for Delta": the organisation speaks.
  if (/\b(?:spokes\w+|representatives?|officials?)\s+(?:for|at|of)\s+(?:the\s+)?$/u.test(lead))
    return organisationAtEnd(trimmed);
  if (/\b(?:of|at|from|for|by)\s+(?:the\s+)?$/u.test(lead)) return null; // "the head of Calder Police"
  return countWords(lead) <= maxLeadingWords ? cleanName(run[1] ?? '') : null;
}

/**
 * The subject of the saying verb that starts at `verbAt` in `s` (masked text, quotes blanked out with `|`):
 * a name or pronoun right before it ("Amodei wrote", "he also writes"); a name right after it when nothing
 * comes before ("…,” said Lutnick); after a comma, the person an appositive names ("Eamon Tully, the association's
 * chair, told"); with "and" or a participle, the sentence's subject ("Lutnick advocated …, stating"); an
 * organisation through its spokesperson ("a Microsoft spokesperson said") or by a common noun ("the company said").
 * `null` when the word is a noun rather than a verb ("that claims", "DeepSeek's claim").
 */
function subjectOf(s: string, verbAt: number, verb: string): Finding {
  let head = s.slice(Math.max(0, verbAt - SUBJECT_WINDOW), verbAt);
  let { word, rest } = lastWord(head);
  const skip = () => {
    head = rest;
    ({ word, rest } = lastWord(rest));
  };
  for (;;) {
    if (ADVERB.test(word)) skip();
    else if (TIME_WORD.test(word)) {
      // "Trump on Monday said" (not "…, repeating", where the comma says a participle follows).
      skip();
      while (TIME_LEAD.test(word)) skip();
    } else break;
  }
  // "Sen. Ann Lee, D-Calif., said": the party tag is not a name.
  if (PARTY_TAG.test(word) && /,\s*$/u.test(rest)) {
    head = rest.trimEnd();
    ({ word, rest } = lastWord(head));
  }
  if (verb.endsWith('ing') && AUXILIARY.test(word)) {
    // "Amodei is arguing": the subject is before the auxiliary.
    skip();
    while (ADVERB.test(word)) skip();
  } else if (verb.endsWith('ing') && word !== '' && word !== 'and' && !/[,|]$/u.test(word)) {
    // A participle after its noun ("with the U.S. maintaining dominance") says nothing of who speaks.
    return null;
  }
  head = head.trimEnd();
  const clause = head.slice(head.lastIndexOf('|') + 1);
  if (word === '' || /^[|,]+$/u.test(word)) return named(startName(s.slice(verbAt + verb.length)));
  const bare = word.replace(/,$/u, '');
  if (ROLE.test(bare)) {
    // "a Microsoft spokesperson said", "an OpenAI spokesperson told", "Navy leadership warned".
    const organisation = organisationAtEnd(rest.replace(/[|,;:]+\s*$/u, '|'));
    if (organisation !== null) return named(organisation);
  }
  if (ORGANISATION_NOUN.test(bare) && /(?:^|\s)the\s*$/iu.test(rest))
    return { kind: 'organisation', it: false };
  // "the note continues", "the statement said": the organisation that just said something issued it.
  if (DOCUMENT_NOUN.test(bare) && /(?:^|\s)the\s*$/iu.test(rest)) return { kind: 'organisation', it: true };
  if (DETERMINER.test(word) || /['’]s?$/u.test(word)) return null;
  if (PRONOUN.test(word)) return { kind: 'speaker', name: word, basis: 'pronoun' };
  if (/^it$/iu.test(word)) return { kind: 'organisation', it: true };
  if (word === 'and' || (verb.endsWith('ing') && word.endsWith(',')))
    return named(startName(clause)) ?? { kind: 'other' };
  if (word.endsWith(',')) {
    const segments = clause.split(/[,;:]/u).slice(0, -1).reverse().slice(0, 3);
    for (const segment of segments) {
      if (PARTY_TAG.test(segment.trim())) continue;
      const name = segmentName(segment, 4);
      if (name !== null) return named(name);
    }
    return { kind: 'other' };
  }
  const segment = clause.split(/[,;:(]/u).pop() ?? '';
  const name = /^\p{Lu}/u.test(word) ? segmentName(segment, Infinity) : null;
  return named(name) ?? { kind: 'other' };
}

/**
 * Attribution right after a quote, before any other words: `, said Lutnick`, `, he writes`, `Amodei wrote`,
 * `, according to Amodei`, `Eamon Tully, the association's chair, told`, `chief financial officer J. R. Ortiz said`,
 * `, an OpenAI spokesperson` (the verb cut off), `, warning of …` (the sentence's subject speaks).
 */
function findAfter(after: string): Finding {
  const rest = after.replace(/^[\s,—–-]*/u, '').slice(0, 200);
  const according = /^according to[ \t\r\n]+/u.exec(rest);
  if (according) return named(startName(rest.slice(according[0].length)));
  const verb = sayingVerbs(rest)[0];
  if (verb === undefined) {
    const role = SPOKESPERSON_ALONE.exec(rest);
    return role ? named(organisationAtEnd(role[1] ?? '')) : null;
  }
  const lead = rest.slice(0, verb.index);
  if (SENTENCE_END.test(lead) || countWords(lead) > 10 || CONJUNCTION.test(` ${lead}`)) return null;
  if (verb.index === 0 && verb[0].endsWith('ing') && /^[\s,]*,/u.test(after)) return { kind: 'subject' };
  const found = subjectOf(rest, verb.index, verb[0]);
  if (found?.kind === 'other' && verb[0].endsWith('ing')) return null;
  if (found?.kind !== 'speaker' || found.basis === 'pronoun') return found;
  // Only a description may come before the name: `“…” and Lutnick said later` is not an attribution.
  const at = lead.indexOf(found.name);
  if (lead.trim() === '') return found;
  const description = lead.slice(0, Math.max(0, at));
  // Capitalised words only as or before a title ("Transportation Secretary"), never a name of their own.
  const words = description.split(/\s+/u).filter(Boolean);
  const lastTitle = words.findLastIndex(isTitle);
  const described = words.every((word, i) => i <= lastTitle || !/\p{Lu}/u.test(word));
  return at >= 0 && described && !CONJUNCTION.test(description) ? found : null;
}

/** `an OpenAI spokesperson` ending a sentence after a quote, its verb left out. */
const SPOKESPERSON_ALONE = new RegExp(
  String.raw`^(?:a|an|the)${GAP}(${NAME_RUN})${GAP}(?:spokes(?:person|man|woman)|representative|official)[\s.]*$`,
  'u',
);

/** A full stop, mark or quote that ends a clause: not the stop of an initial or a title ("J. R. Ortiz", "Dr. Roe"). */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|Pres|Supt|Insp|Det|St|Sr|Jr))[.!?|]\s/u;
/** A word that starts a new clause: what follows it is not a description of the speaker. */
const CONJUNCTION = /(?:^|\s)(?:and|but|or|so|then|while|as|when|because|after|before|until|if|though)\s/u;

/** Attribution earlier in the sentence: "Amodei wrote that …", "he claims", "according to Amodei, …". */
function findBefore(before: string): Finding {
  const verbs = sayingVerbs(before);
  const according = matchesOf(ACCORDING, before).pop();
  for (let i = verbs.length - 1; i >= 0; i--) {
    const verb = verbs[i];
    if (verb === undefined) continue;
    if (according && according.index > verb.index) break;
    const found = subjectOf(before, verb.index, verb[0]);
    // "posted" counts only with a named subject ("Buttigieg posted to X"), not "an essay posted Monday".
    if (found !== null && (found.kind === 'speaker' || !verb[0].startsWith('post'))) return found;
  }
  return according ? named(cleanName(according[1] ?? '')) : null;
}

/** A sentence as the name readers see it: where it starts, its text with the quotes masked, its capitalised runs. */
interface NamedSentence {
  start: number;
  text: string;
  runs: readonly RegExpExecArray[];
}

/** A name named as the subject of a verb, at a position in the text: what "he", "it" and "the company" refer to. */
interface Mention {
  at: number;
  name: string;
  /** The sentence holding it. */
  sentence: number;
  /** Whether a verb of saying is its predicate ("Tully said his members …"). */
  says: boolean;
  /** Named after "the" ("the Navy directed", "the Senate confirms"): an institution, never "he" or "she". */
  institution: boolean;
}

/** "This was announced by the Italian Data Protection Authority": a passive saying verb and its agent. */
const PASSIVE_SOURCE = String.raw`(?:was|were|been)${GAP}(?:\p{Ll}+ly${GAP})?(?:announced|said|stated|written|confirmed|posted|published|released|issued)${GAP}by${GAP}(?:the${GAP})?(${NAME_RUN})`;
const PASSIVE = new RegExp(PASSIVE_SOURCE, 'gu');
const PASSIVE_OPENING = new RegExp(
  String.raw`^[\s|]*(?:This|That|It|These|Those)${GAP}${PASSIVE_SOURCE}`,
  'u',
);

const VERBISH = new RegExp(
  `^(?:${VERB_SOURCE}|\\p{Ll}+(?:es|ed)|is|was|has|had|will|would|could|can|may|might|did|does)$`,
  'u',
);
/**
 * The words between a clause's start and a name, when the name is its subject ("Chief financial officer …"). Each
 * word is taken whole (the lookahead): else a failing match retried every way of cutting a word into up to four.
 */
const SUBJECT_LEAD = /(?:^|[.,;:!?()|\n—–-])((?:[ \t\r\n]*[\p{L}'’-]+(?![\p{L}'’-])){0,4})[ \t\r\n]*$/u;
const NOT_IN_SUBJECT_LEAD = /\b(?:of|by|to|in|on|at|for|with|from|about|the|a|an)\b/iu;

/**
 * Who each sentence's subject is: the names of saying verbs' subjects, and names that open a clause followed by a
 * verb ("Amodei compares", "Chief financial officer J. R. Ortiz was", "the Navy directed") or "who" ("Mara
 * Lindqvist, who"). `clean` gives the name a run holds.
 */
function subjectMentions(
  sentences: readonly NamedSentence[],
  clean: (run: string) => string | null,
): Mention[] {
  const mentions: Mention[] = [];
  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    for (const verb of sayingVerbs(s)) {
      const found = subjectOf(s, verb.index, verb[0]);
      if (found?.kind === 'speaker' && found.basis === 'named') {
        const at = s.lastIndexOf(found.name, verb.index);
        const institution = at > 0 && /(?:^|\s)the\s+$/iu.test(s.slice(Math.max(0, at - 5), at));
        mentions.push({
          at: sentence.start + verb.index,
          name: found.name,
          sentence: index,
          says: true,
          institution,
        });
      }
    }
    for (const match of matchesOf(PASSIVE, s)) {
      const name = organisationAtEnd(match[1] ?? '');
      if (name !== null)
        mentions.push({
          at: sentence.start + match.index,
          name,
          sentence: index,
          says: true,
          institution: true,
        });
    }
    for (const match of sentence.runs) {
      const lead = SUBJECT_LEAD.exec(s.slice(Math.max(0, match.index - 60), match.index));
      const leadWords = (lead?.[1] ?? '').trim();
      const institution = /^the$/iu.test(leadWords);
      if (!lead || (!institution && NOT_IN_SUBJECT_LEAD.test(leadWords))) continue;
      const name = clean(match[0]);
      const after = s.slice(match.index + match[0].length, match.index + match[0].length + 40);
      let words = after.trim().split(/[\s]+/u);
      while (words.length > 1 && ADVERB.test(words[0] ?? '')) words = words.slice(1);
      if (name !== null && (VERBISH.test(words[0] ?? '') || /^,\s*who\b/u.test(after)))
        mentions.push({ at: sentence.start + match.index, name, sentence: index, says: false, institution });
    }
  });
  return mentions.sort((a, b) => a.at - b.at);
}

/** The index of the first mention at or after `at` (mentions are in text order): a binary search. */
function mentionsBefore(mentions: readonly Mention[], at: number): number {
  return partitionPoint(mentions.length, (i) => (mentions[i]?.at ?? 0) < at);
}

/** The last person (not an institution) named before `at`, or null: whom "he" or "she" refers to. */
function lastMention(mentions: readonly Mention[], at: number): string | null {
  for (let i = mentionsBefore(mentions, at) - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention && !mention.institution) return mention.name;
  }
  return null;
}

/** Surnames of the people an article names in full ("Howard Lutnick"): names ending so are people, not bodies. */
function surnamesOf(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const { name, institution } of mentions) {
    const words = name.split(' ');
    if (
      !institution &&
      words.length >= 2 &&
      words.length <= 3 &&
      words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’.-]/u.test(w))
    )
      surnames.add((words.at(-1) ?? '').toLowerCase());
  }
  return surnames;
}

/**
 * The organisation "it said" or "the company said" refers to: the last name, not a person's, that is a subject
 * in this sentence or the two before (for "it", one that said something). Null when there is none.
 */
function lastOrganisation(
  mentions: readonly Mention[],
  at: number,
  sentence: number,
  it: boolean,
  people: ReadonlySet<string>,
): string | null {
  for (let i = mentionsBefore(mentions, at) - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (!mention || mention.sentence < sentence - 2) break;
    if (it && !mention.says) continue;
    if (!people.has((mention.name.split(' ').at(-1) ?? '').toLowerCase())) return mention.name;
  }
  return null;
}

/** The subject of the sentence between `from` and `at` ("the Navy directed …, warning"): its first mention. */
function sentenceSubject(mentions: readonly Mention[], from: number, at: number): string | null {
  const first = mentions[mentionsBefore(mentions, from)];
  return first !== undefined && first.at < at ? first.name : null;
}

/** A credit line's name: `Dario Amodei, CEO of Anthropic` or `— Dario Amodei` → Dario Amodei. */
function creditName(line: string): string | null {
  const name =
    line
      .replace(/^[\s—–-]+/u, '')
      .split(',')[0]
      ?.trim() ?? '';
  return name === '' ? null : name;
}

// --- Finding -------------------------------------------------------------------------------------------------

/** Who a quote is attributed to, and how that is known. */
interface Attribution {
  speaker: string | null;
  basis: SpeakerBasis | null;
}
const UNKNOWN: Attribution = { speaker: null, basis: null };

/** `text` with every quote's outer range replaced by `|`, so names and verbs inside quotes are never read. */
function maskQuotes(text: string, spans: readonly Range[]): string {
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += text.slice(cursor, span.start) + '|'.repeat(span.end - span.start);
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** A person's full name as a run of two or three capitalised words or initials: "Dario Amodei", "J. R. Ortiz". */
const PERSONAL_NAME =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)){0,1} \p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * The article's names that look like people's full names, where a surname's full form is looked up; not a run after
 * "of" or "the" ("Secretary of Transportation Pete Buttigieg", "the Operational Navy"), which may hold other words.
 * `clean` gives the name a run holds.
 */
function personalNames(sentences: readonly NamedSentence[], clean: (run: string) => string | null): string[] {
  const names: string[] = [];
  for (const { text: s, runs } of sentences) {
    for (const match of runs) {
      if (/\b(?:of|the)\s+$/iu.test(s.slice(Math.max(0, match.index - 5), match.index))) continue;
      const name = clean(match[0]);
      if (name !== null && PERSONAL_NAME.test(name)) names.push(name);
    }
  }
  return names;
}

/**
 * The quotes of one article, in text order. Quotes of one or two words with no speaker are kept here:
 * `groupQuotes` drops those no other article shares. A speaker named by surname alone is given in the full form
 * the article names them by ("Lutnick" → "Howard Lutnick").
 */
export function findQuotes(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
): FoundQuote[] {
  const perParagraph = paragraphs.map((p) => quotedSpans(text, p.marker ? p.marker.end : p.start, p.end));
  const spans = perParagraph.flat().map((span) => span.outer);
  const masked = maskQuotes(text, spans);
  // Each sentence's runs of capitalised words, found and cleaned once for both readers of them.
  const withNames = sentences.map((sentence): NamedSentence => {
    const inSentence = masked.slice(sentence.start, sentence.end);
    return { start: sentence.start, text: inSentence, runs: matchesOf(NAMES, inSentence) };
  });
  // An article's names recur from sentence to sentence.
  const clean = remembered(cleanName);
  const mentions = subjectMentions(withNames, clean);
  const personal = personalNames(withNames, clean);
  const people = surnamesOf(mentions);
  for (const name of personal) people.add((name.split(' ').at(-1) ?? '').toLowerCase());
  const quotes: FoundQuote[] = [];
  // The speaker of a paragraph that ends with an attributed quote, which a quote-only paragraph after it continues.
  let carried: Attribution | null = null;

  perParagraph.forEach((paragraphSpans, p) => {
    const paragraph = paragraphs[p];
    const paragraphStart = paragraph?.start ?? 0;
    const paragraphEnd = paragraph?.end ?? text.length;
    const next = paragraphs[p + 1];
    const quoteOnly = !WORDISH.test(masked.slice(paragraphStart, paragraphEnd));
    const credit =
      next?.kind === 'attribution' && quoteOnly ? creditName(text.slice(next.start, next.end)) : null;
    let previous: (Attribution & { end: number }) | null = null;
    for (const { outer, inner } of paragraphSpans) {
      let { start, end } = inner;
      while (start < end && SPACE.test(text.charAt(start))) start++;
      while (end > start && SPACE.test(text.charAt(end - 1))) end--;
      // American punctuation puts the sentence's comma inside the marks ("“unipolar,” he warned"): not quoted.
      while (end > start && (text.charAt(end - 1) === ',' || SPACE.test(text.charAt(end - 1)))) end--;
      if (!WORDISH.test(text.slice(start, end))) continue;
      const sentence = sentenceAt(sentences, outer.start);
      const first = sentences[sentence];
      const last = sentences[sentenceAt(sentences, outer.end - 1)];
      const sentenceStart = Math.min(first?.start ?? outer.start, outer.start);
      const sentenceEnd = Math.max(last?.end ?? outer.end, outer.end);
      const from = Math.max(sentenceStart, paragraphStart);
      const to = Math.min(sentenceEnd, paragraphEnd);
      // Bounded windows, so a long sentence full of quotes costs no more than its length times a constant.
      const after = findAfter(masked.slice(outer.end, Math.min(to, outer.end + ATTRIBUTION_WINDOW)));
      const before = masked.slice(Math.max(from, outer.start - ATTRIBUTION_WINDOW), outer.start);
      let found = after?.kind === 'speaker' ? after : (after ?? findBefore(before));
      if (found?.kind === 'subject') {
        const subject = sentenceSubject(mentions, from, outer.start);
        found = subject !== null ? named(subject) : findBefore(before);
        if (found?.kind === 'subject') found = null;
      }
      const alone =
        onlyBetween(masked, sentenceStart, outer.start, SPACE, -1) &&
        onlyBetween(masked, outer.end, sentenceEnd, CLOSING, 1);
      let attribution: Attribution = UNKNOWN;
      if (found?.kind === 'speaker' && found.basis === 'pronoun') {
        const name = lastMention(mentions, outer.start);
        attribution = name === null ? UNKNOWN : { speaker: name, basis: 'pronoun' };
      } else if (found?.kind === 'speaker') attribution = { speaker: found.name, basis: found.basis };
      else if (found?.kind === 'organisation') {
        const name = lastOrganisation(mentions, outer.start, sentence, found.it, people);
        attribution = name === null ? UNKNOWN : { speaker: name, basis: 'pronoun' };
      } else if (credit !== null) attribution = { speaker: credit, basis: 'credit-line' };
      else if (found === null && previous !== null) {
        // `“A,” Amodei wrote. “B.”`: a quote that follows an attributed one, with nothing said in between.
        if (previous.speaker !== null && continues(masked.slice(previous.end, outer.start), alone))
          attribution = previous;
      } else if (found === null && alone && quoteOnly && carried !== null) {
        // A paragraph that is only a quote, after one ending with an attributed quote: the same speaker goes on.
        attribution = carried;
      } else if (found === null && (attribution = sayerAfter(masked, sentences, sentence)).speaker !== null) {
        // `“…” This was announced by the agency.`: the next sentence says who.
      } else if (found === null && alone) {
        // `Tully said his members would fight. “They are selling …”`: a quote that is a sentence of its own, after
        // a sentence of the same paragraph saying who speaks.
        attribution = sayerBefore(masked, sentences, sentence, mentions);
      }
      quotes.push({
        start,
        end,
        outer,
        sentence,
        speaker: attribution.speaker,
        speakerBasis: attribution.basis,
      });
      previous = { ...attribution, end: outer.end };
    }
    const tail = previous === null ? '' : masked.slice(previous.end, paragraphEnd);
    carried =
      previous?.speaker != null && countWords(tail) <= 8 && !SENTENCE_END.test(tail) ? previous : null;
  });

  const subjects = mentions.filter((m) => !m.institution && PERSONAL_NAME.test(m.name)).map((m) => m.name);
  const full = fullNames([...personal, ...subjects]);
  for (const quote of quotes)
    if (quote.speaker !== null && quote.speakerBasis !== 'credit-line')
      quote.speaker = fullName(quote.speaker, full);
  return quotes;
}

/** How far from a quote its attribution is looked for, before and after. */
const ATTRIBUTION_WINDOW = 600;
/** What may follow a quote that is a sentence of its own. */
const CLOSING = /[\s.,;:!?…]/u;

/**
 * Whether `[from, to)` of `s` holds only characters `allowed` matches, read from the end (`step` -1) or the start
 * (`step` 1): stops at the first other character, so the work is that of the answer.
 */
function onlyBetween(s: string, from: number, to: number, allowed: RegExp, step: 1 | -1): boolean {
  for (let i = step === 1 ? from : to - 1; i >= from && i < to; i += step)
    if (!allowed.test(s.charAt(i))) return false;
  return true;
}

/**
 * Between two quotes: nothing, a short attribution clause ending a sentence (` Amodei wrote. `), or, before a quote
 * that opens its sentence, a longer one that says nothing else (`, said Dr. Anika Roe, who chairs Save Gannet Sands. `).
 */
function continues(between: string, alone: boolean): boolean {
  if (countWords(between) <= 6) return true;
  return (
    alone &&
    countWords(between) <= 25 &&
    !SENTENCE_END.test(between.trimEnd()) &&
    sayingVerbs(between).length <= 1
  );
}

/**
 * The speaker of the sentence before `sentence`, in the same paragraph and with no quote of its own, when a verb of
 * saying has a named or pronoun subject in it ("Eamon Tully, the chair, said his members would fight.").
 */
function sayerBefore(
  masked: string,
  sentences: readonly Sentence[],
  sentence: number,
  mentions: readonly Mention[],
): Attribution {
  const before = sentences[sentence - 1];
  if (!before || before.paragraph !== sentences[sentence]?.paragraph) return UNKNOWN;
  const s = masked.slice(before.start, before.end);
  if (s.includes('|')) return UNKNOWN;
  for (const verb of sayingVerbs(s).reverse()) {
    const found = subjectOf(s, verb.index, verb[0]);
    if (found === null) continue;
    if (found.kind !== 'speaker') return UNKNOWN;
    if (found.basis === 'named') return { speaker: found.name, basis: 'named' };
    const name = lastMention(mentions, before.start + verb.index);
    return name === null ? UNKNOWN : { speaker: name, basis: 'pronoun' };
  }
  return UNKNOWN;
}

/** The agent of a passive saying verb opening the next sentence of the paragraph: "This was announced by X." */
function sayerAfter(masked: string, sentences: readonly Sentence[], sentence: number): Attribution {
  const after = sentences[sentence + 1];
  if (!after || after.paragraph !== sentences[sentence]?.paragraph) return UNKNOWN;
  const match = PASSIVE_OPENING.exec(masked.slice(after.start, Math.min(after.end, after.start + 200)));
  const name = match ? organisationAtEnd(match[1] ?? '') : null;
  return name === null ? UNKNOWN : { speaker: name, basis: 'named' };
}
