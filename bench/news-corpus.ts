// Bench corpora that look like news: seeded, deterministic articles with a Zipf-spread vocabulary that grows as
// Heaps' law says, people and organisations, numbers, money and percentages, quotations with verbs of saying,
// calendar and relative dates, headlines, datelines and bylines, grouped into stories whose articles are wire
// copies (near-verbatim, trimmed, a few words changed) or paraphrases of a shared set of facts and quotes.
import type { SourceFile } from '../src/corpus/analyse.ts';
import { random } from './synthetic.ts';

type Rng = () => number;

/**
 * Real English function words with rough frequencies per million words of news text, so that sentences read like
 * English to the pipeline's stop-word lists.
 */
const FUNCTION_WORDS: readonly (readonly [string, number])[] =
  `the 56000 of 27000 to 25000 and 24000 a 22000 in 19000 that 9800 for 8800 is 8700 on 7400 it 7000 with 6300
  was 6200 as 5600 at 4900 he 5000 by 4700 from 4300 his 4000 be 4300 have 3900 are 3900 has 3700 but 3600 not
  3300 this 3300 an 3200 they 3000 were 2900 had 2800 which 2700 who 2600 their 2600 been 2500 will 2500 its 2400
  would 2300 or 2200 more 2100 she 1900 we 1900 about 1800 after 1700 one 1700 also 1700 her 1700 there 1600 up
  1600 when 1500 than 1400 out 1400 can 1400 all 1400 into 1300 could 1200 other 1200 new 1200 over 1100 some 1100
  last 1100 year 1100 two 1100 so 1000 no 1000 our 1000 them 1000 what 950 if 950 first 900 people 900 time 850
  just 800 because 800 only 800 now 800 years 750 like 700 most 650 any 650 before 650 do 650
  against 600 those 600 did 600 then 550 where 550 while 550 under 550 how 550 many 550 through 500 should 500
  these 500 being 500 such 450 much 450 between 450 during 450 even 450 well 450 back 450 since 400 down 400
  still 400 both 400 made 400 make 380 very 380 each 350 next 350 three 350 own 330 another 330 among
  300 off 300 around 300 however 300 already 300 until 280 without 280 across 280 him 280 here 260 part 260 us
  260 too 250 including 250 used 240 way 240 few 230 same 220 within 220 whether 220 though 220 although 200
  several 200 never 200 again 200 less 200 because 180 every 180 toward 150 four 150 five 140 along 140 far 140
  often 140 yet 140 whose 130 nearly 130 almost 130 rather 120 above 110 below 100 ever 100 once 100 either 90
  neither 60 upon 60 despite 90 per 80 amid 50 behind 80 beyond 60 near 70 outside 60 inside 50 later 120
  earlier 120 already 100 soon 90 perhaps 70 too 60 least 70 others 150 something 110 nothing 70 anyone 50
  everyone 60 itself 50 themselves 60 himself 60 herself 30 among 50 thus 30 therefore 30 instead 80 rather 40`
    .trim()
    .split(/\s+/)
    .reduce<[string, number][]>((pairs, token, i, all) => {
      if (i % 2 === 0) pairs.push([token, Number(all[i + 1])]);
      return pairs;
    }, []);

const SYLLABLES = (
  'ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no ' +
  'nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo bar ber bin bor dan del ' +
  'dor fan fer gal gor kan ker kil kor lan ler lin lor man mer min mor nan ner nol par per pin por ran ren rin ' +
  'ron san ser sin sor tan ter tin tor van ver vin zan zer'
).split(' ');
// Endings that open with a consonant, which no syllable can end before (a syllable is CV or CVC), so no two ranks
// spell one word: an ending like "er" would make "tan"+"er" and "ta"+"ner" alike.
const ENDINGS = ['', 's', 'ly', 'ment', 'ness', 'ship', 'ton', 'dom'];

/** Words a pseudo-word must never be: dates, numbers and abbreviations the pipeline reads as something else. */
const RESERVED = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec june july march monday tuesday wednesday thursday friday
  saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday tonight noon midnight ago
  week weeks month months year years day days hour hours minute minutes second seconds morning evening night
  said says say told wrote ten one two three four five six seven eight nine eleven twelve dozen hundred thousand
  million billion trillion percent per cent`.split(/\s+/),
);
const FUNCTION_SET = new Set(FUNCTION_WORDS.map(([w]) => w));

/** The pseudo-word of a rank: short words for frequent ranks (Zipf's law of abbreviation), every rank distinct. */
export function pseudoWord(rank: number): string {
  const n = SYLLABLES.length;
  // Scramble the rank so that neighbouring ranks do not share their first syllable.
  let r = rank;
  let syllables = 2;
  let span = n * n;
  while (r >= span * ENDINGS.length) {
    r -= span * ENDINGS.length;
    syllables++;
    span *= n;
  }
  const ending = ENDINGS[r % ENDINGS.length] ?? '';
  let rest = Math.floor(r / ENDINGS.length);
  rest = (rest * 7919 + 13) % span;
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += SYLLABLES[rest % n];
    rest = Math.floor(rest / n);
  }
  word += ending;
  return RESERVED.has(word) || FUNCTION_SET.has(word) ? `${word}x` : word;
}

/** Draws from a Zipf distribution over ranks 0… with exponent `s` (inverse transform on the continuous law). */
function zipfRank(rng: Rng, s: number, offset: number): number {
  // Continuous Zipf–Mandelbrot (r + offset)^-s on [0, ∞), s > 1.
  const u = rng();
  return Math.floor(offset * (Math.pow(1 - u, -1 / (s - 1)) - 1));
}

/** A weighted chooser over a fixed table. */
function weighted<T>(items: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) cumulative.push((total += w));
  return (rng) => {
    const x = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]?.[0] as T;
  };
}
const functionWord = weighted(FUNCTION_WORDS);

const FIRST_NAMES = (
  'James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph ' +
  'Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark Betty Paul Ashley Steven ' +
  'Emily Andrew Kimberly Kevin Donna Brian Michelle George Carol Timothy Amanda Ronald Melissa Jason Deborah ' +
  'Ryan Stephanie Jacob Rebecca Gary Laura Nicholas Helen Eric Sharon Jonathan Cynthia Larry Kathleen Justin ' +
  'Amy Scott Angela Brandon Anna Benjamin Ruth Samuel Brenda Gregory Pamela Alexander Nicole Frank Katherine ' +
  'Raymond Samantha Patrick Christine Jack Emma Dennis Catherine Jerry Virginia Tyler Rachel Aaron Carolyn ' +
  'Jose Janet Adam Maria Nathan Heather Henry Diane Zachary Julie Douglas Joyce Peter Victoria Kyle Kelly ' +
  'Ahmed Fatima Wei Mei Hiroshi Yuki Raj Priya Olga Ivan Lars Ingrid Pierre Amelie Carlos Lucia Kwame Amara'
).split(' ');
const TITLES = [
  'Sen.',
  'Rep.',
  'Gov.',
  'Mayor',
  'President',
  'Minister',
  'Dr.',
  'Prof.',
  'CEO',
  'Chief Executive',
  'Secretary',
  'Judge',
  'Gen.',
  'spokesperson',
  'analyst',
];
const ORG_KINDS = [
  'Corp.',
  'Inc.',
  'Group',
  'Holdings',
  'Bank',
  'Institute',
  'University',
  'Agency',
  'Party',
];
const CITIES = (
  'LONDON,NEW YORK,WASHINGTON,PARIS,BERLIN,TOKYO,BEIJING,SYDNEY,TORONTO,MUMBAI,LAGOS,NAIROBI,CAIRO,MADRID,' +
  'ROME,BRUSSELS,GENEVA,SEOUL,SINGAPORE,DUBAI,MEXICO CITY,SAO PAULO,CHICAGO,BOSTON,HOUSTON,ATLANTA,DENVER'
).split(',');
const OUTLET_SUFFIXES = [
  'Times',
  'Post',
  'Herald',
  'Daily',
  'News',
  'Tribune',
  'Wire',
  'Journal',
  'Observer',
];
const SAYING = [
  'said',
  'said',
  'said',
  'said',
  'told reporters',
  'added',
  'noted',
  'warned',
  'argued',
  'explained',
];
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

interface Person {
  first: string;
  last: string;
  title: string;
  org: string;
}

/** A fact: a subject, a verb, objects, perhaps a figure and a time, that every article of its story can tell. */
interface Fact {
  subject: string;
  /** Content-word slots: verb and object words, in order. */
  words: string[];
  figure: string | null;
  when: 'weekday' | 'calendar' | 'last-week' | null;
}

interface Quote {
  speaker: Person;
  words: string[];
}

interface Story {
  index: number;
  /** Days since 2025-01-01 of the story's main day. */
  day: number;
  people: Person[];
  orgs: string[];
  topic: number[];
  facts: Fact[];
  quotes: Quote[];
  headline: string[];
  place: string;
}

export interface NewsArticle {
  /** File name, `NNNN_slug.txt`. */
  name: string;
  text: string;
  outlet: string;
  url: string;
  published: string;
  story: number;
  kind: 'original' | 'copy' | 'paraphrase';
}

export interface NewsStats {
  articles: number;
  stories: number;
  biggestStory: number;
  copies: number;
  paraphrases: number;
  tokens: number;
  distinctWords: number;
  /** Quotations in the articles' text (a quoted span each; wire copies carry their original's). */
  quotes: number;
  /** Date expressions in the articles' text: calendar dates, weekdays, "last week" and "this week". */
  dates: number;
  /** Quotes and date expressions as the generator rendered them, before wire copies repeat them. */
  rendered: { quotes: number; dates: number };
}

export interface NewsCorpus {
  articles: NewsArticle[];
  sources: Record<string, { outlet: string; url: string; published: string }>;
  events: {
    events: {
      id: string;
      name: string;
      cues: string[];
      date?: { start: string; basis: 'external'; source: string };
    }[];
  };
  stats: NewsStats;
}

/** Words of text as the statistics count them: letters (with inner apostrophes and hyphens) or numerals. */
const TOKEN = /\p{L}+(?:['’-]\p{L}+)*|\d+(?:[.,]\d+)*/gu;
export const tokens = (text: string): string[] => (text.match(TOKEN) ?? []).map((t) => t.toLowerCase());

const isoOf = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
const weekdayOf = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).getUTCDay();
function calendarDate(day: number, withYear: boolean): string {
  const d = new Date(Date.UTC(2025, 0, 1 + day));
  const text = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return withYear ? `${text}, ${d.getUTCFullYear()}` : text;
}

/** The generator: all its random draws come from one seeded stream, so a seed gives one corpus. */
class Generator {
  private readonly rng: Rng;
  private quoteCount = 0;
  private dateCount = 0;
  constructor(seed: number) {
    this.rng = random(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)] as T;
  }
  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rng() * (hi - lo + 1));
  }
  private chance(p: number): boolean {
    return this.rng() < p;
  }

  /** A content word of the shared lexicon, Zipf-spread. */
  private lexical(): string {
    return pseudoWord(Math.min(5_000_000, zipfRank(this.rng, 1.55, 100)));
  }
  /** A content word of the story's topic, else of the lexicon. */
  private content(story: Story | null): string {
    if (story && this.chance(0.3)) return pseudoWord(this.pick(story.topic));
    return this.lexical();
  }
  private surname(): string {
    return capitalise(pseudoWord(this.int(3000, 300_000)).replace(/(ly|ment|ness)$/, 'son'));
  }
  private org(): string {
    const name = capitalise(pseudoWord(this.int(500, 200_000)));
    const r = this.rng();
    if (r < 0.15) return `Ministry of ${capitalise(this.lexical())}`;
    if (r < 0.25) return name.slice(0, 3).toUpperCase();
    return `${name} ${this.pick(ORG_KINDS)}`;
  }
  private person(orgs: string[]): Person {
    return {
      first: this.pick(FIRST_NAMES),
      last: this.surname(),
      title: this.pick(TITLES),
      org: this.pick(orgs),
    };
  }

  /** A figure as news writes it: a count, money, a percentage, a number word. */
  private figure(): string {
    const r = this.rng();
    if (r < 0.3)
      return `$${(1 + this.rng() * 98).toFixed(1)} ${this.pick(['million', 'billion', 'million'])}`;
    if (r < 0.55) return `${this.int(1, 95)}%`;
    if (r < 0.8) return this.int(12, 99_000).toLocaleString('en-US');
    if (r < 0.9) return this.pick(['two', 'three', 'four', 'five', 'six', 'seven', 'nine', 'dozens of']);
    return `${this.int(2, 40)} ${this.pick(['people', 'workers', 'companies', 'countries', 'sites'])}`;
  }

  story(index: number, day: number): Story {
    const orgs = Array.from({ length: this.int(1, 3) }, () => this.org());
    const people = Array.from({ length: this.int(2, 6) }, () => this.person(orgs));
    // The story's own words: drawn from the lexicon's middle ranks, so each story brings new vocabulary.
    const topic = Array.from(
      { length: this.int(25, 50) },
      () => 200 + Math.min(5_000_000, zipfRank(this.rng, 1.3, 300)),
    );
    const story: Story = {
      index,
      day,
      people,
      orgs,
      topic,
      facts: [],
      quotes: [],
      headline: [],
      place: this.pick(CITIES),
    };
    story.facts = Array.from({ length: this.int(8, 18) }, () => ({
      subject: this.chance(0.5) ? `${this.pick(people).last}` : this.pick(orgs),
      words: Array.from({ length: this.int(3, 6) }, () => this.content(story)),
      figure: this.chance(0.45) ? this.figure() : null,
      when: this.chance(0.35) ? this.pick(['weekday', 'calendar', 'last-week'] as const) : null,
    }));
    story.quotes = Array.from({ length: this.int(2, 5) }, () => ({
      speaker: this.pick(people),
      words: this.clause(story, this.int(9, 22)),
    }));
    story.headline = [this.pick(orgs), ...Array.from({ length: this.int(3, 6) }, () => this.content(story))];
    return story;
  }

  /** A run of words that reads like an English clause: function words at their rates between content words. */
  private clause(story: Story | null, length: number): string[] {
    const words: string[] = [];
    let functionRun = 0;
    while (words.length < length) {
      // About half the tokens of English news are function words; no more than three in a row.
      if (functionRun < 3 && this.chance(functionRun === 0 ? 0.62 : 0.3)) {
        words.push(functionWord(this.rng));
        functionRun++;
      } else {
        words.push(this.content(story));
        functionRun = 0;
      }
    }
    return words;
  }

  private dateText(story: Story, when: Fact['when'], published: number): string {
    this.dateCount++;
    if (when === 'calendar')
      return `on ${calendarDate(story.day, this.chance(0.5) || published - story.day > 5)}`;
    if (when === 'last-week') return published - story.day >= 5 ? 'last week' : 'this week';
    return published - story.day < 6 && published !== story.day
      ? `on ${WEEKDAYS[weekdayOf(story.day)]}`
      : `on ${calendarDate(story.day, false)}`;
  }

  private nameOf(p: Person, full: boolean): string {
    if (!full) return p.last;
    return this.chance(0.7)
      ? `${p.title} ${p.first} ${p.last}`
      : `${p.first} ${p.last}, ${p.title} of ${p.org},`;
  }

  /** A fact told as a sentence; `paraphrase` rewords it, keeping its names, figure and most of its words. */
  private factSentence(story: Story, fact: Fact, published: number, paraphrase: boolean): string {
    let words = [...fact.words];
    if (paraphrase) {
      words = words.map((w) => (this.chance(0.25) ? this.content(story) : w));
      if (this.chance(0.3)) words.reverse();
    }
    const body: string[] = [];
    for (const w of words) {
      body.push(w);
      if (this.chance(0.6)) body.push(functionWord(this.rng));
    }
    const parts = [fact.subject, ...body];
    if (fact.figure) parts.push(this.pick(['by', 'to', 'of', 'about', 'nearly']), fact.figure);
    let sentence = parts.join(' ');
    if (fact.when) {
      const date = this.dateText(story, fact.when, published);
      sentence = paraphrase && this.chance(0.4) ? `${capitalise(date)}, ${sentence}` : `${sentence} ${date}`;
    }
    return `${capitalise(sentence)}.`;
  }

  /** A story quote, rendered with small variations: attribution form, a word dropped or changed, an ellipsis. */
  private quoteSentence(story: Story, quote: Quote, vary: boolean, outlet: string): string {
    this.quoteCount++;
    const words = [...quote.words];
    if (vary) {
      if (this.chance(0.3)) words.splice(this.int(1, words.length - 2), 1);
      if (this.chance(0.3)) words[this.int(1, words.length - 1)] = this.content(story);
      if (this.chance(0.2)) words.splice(this.int(3, words.length - 2), 0, '...');
    }
    const q = capitalise(words.join(' ').replace(/ \.\.\. /g, ' … '));
    const who = this.nameOf(quote.speaker, this.chance(0.5));
    const verb = this.pick(SAYING);
    const form = this.rng();
    if (form < 0.45) return `"${q}," ${who} ${verb}.`;
    if (form < 0.7) return `${who} ${verb}: "${q}."`;
    if (form < 0.85) return `"${q}," said ${who}.`;
    if (form < 0.93) return `"${q}," ${who} told ${outlet}.`;
    // A partial quote: a few of its words inside a sentence of the writer's.
    const start = this.int(0, Math.max(0, words.length - 6));
    const piece = words.slice(start, start + this.int(3, 6)).join(' ');
    return `${quote.speaker.last} ${this.pick(['called it', 'described the', 'warned of', 'spoke of'])} "${piece}" ${this.pick(['in a statement', 'in an interview', 'at a briefing', 'on social media'])}.`;
  }

  /** A sentence of background, the writer's own: new words for the vocabulary, perhaps a figure or a name. */
  private backgroundSentence(story: Story): string {
    const words = this.clause(story, this.int(10, 26));
    if (this.chance(0.2)) words.splice(this.int(1, words.length - 1), 0, 'the', this.pick(story.orgs));
    if (this.chance(0.2)) words.push(this.pick(['to', 'by', 'from']), this.figure());
    return `${capitalise(words.join(' '))}.`;
  }

  /** An original or a paraphrase: the story's facts and quotes, told in the writer's order with background. */
  article(story: Story, outlet: string, published: number, paraphrase: boolean): string {
    const lines: string[] = [];
    const headline = paraphrase
      ? story.headline.map((w, i) => (i > 0 && this.chance(0.4) ? this.content(story) : w))
      : story.headline;
    lines.push(headline.map(capitalise).join(' '));
    if (this.chance(0.5)) lines.push(`By ${this.pick(FIRST_NAMES)} ${this.surname()}`);
    const target = this.int(450, 1000);
    const facts = story.facts.filter(() => this.chance(paraphrase ? 0.7 : 0.9));
    if (paraphrase) facts.sort(() => this.rng() - 0.5);
    const quotes = story.quotes.filter(() => this.chance(0.75));
    const sentences: string[] = [];
    let words = 0;
    let f = 0;
    let q = 0;
    while (words < target) {
      const r = this.rng();
      let sentence: string;
      const fact = facts[f];
      const quote = quotes[q];
      if (fact && (r < 0.45 || sentences.length === 0)) {
        sentence = this.factSentence(story, fact, published, paraphrase);
        f++;
      } else if (quote && r < 0.65) {
        sentence = this.quoteSentence(story, quote, paraphrase || this.chance(0.3), outlet);
        q++;
        if (this.chance(0.3))
          sentence += ` "${capitalise(this.clause(story, this.int(6, 14)).join(' '))}," ${this.pick(['he', 'she'])} added.`;
      } else sentence = this.backgroundSentence(story);
      sentences.push(sentence);
      words += sentence.split(' ').length;
    }
    if (this.chance(0.4)) {
      const dateline = this.chance(0.5)
        ? `${story.place}, ${calendarDate(published, false)} (${outlet}) – `
        : `${story.place} — `;
      sentences[0] = dateline + (sentences[0] ?? '');
    }
    for (let i = 0; i < sentences.length;) {
      const size = this.int(1, 4);
      lines.push(sentences.slice(i, i + size).join(' '));
      i += size;
    }
    return lines.join('\n\n');
  }

  /** A wire copy: the text trimmed at the end, a few words changed, perhaps under a new headline. */
  copy(story: Story, text: string): string {
    const paragraphs = text.split('\n\n');
    const keep = Math.max(3, Math.ceil(paragraphs.length * (0.7 + this.rng() * 0.3)));
    let lines = paragraphs.slice(0, keep);
    if (this.chance(0.3)) lines = lines.filter((line) => !line.startsWith('By '));
    if (this.chance(0.3))
      lines[0] = story.headline
        .map((w, i) => capitalise(i > 0 && this.chance(0.3) ? this.content(story) : w))
        .join(' ');
    return lines
      .map((line, i) =>
        i === 0
          ? line
          : line.replace(/\b[a-z]{5,}\b/g, (w) => (this.chance(0.015) ? this.content(story) : w)),
      )
      .join('\n\n');
  }

  counts() {
    return { quotes: this.quoteCount, dates: this.dateCount };
  }

  outlets(count: number): { name: string; host: string }[] {
    return Array.from({ length: count }, (_, i) => {
      const word = capitalise(pseudoWord(100_000 + i * 37));
      const suffix = this.pick(OUTLET_SUFFIXES);
      return { name: `The ${word} ${suffix}`, host: `www.${word.toLowerCase()}${suffix.toLowerCase()}.com` };
    });
  }

  storySizes(articles: number): number[] {
    // The biggest story first: about 6 % of the corpus; the rest log-normal, from one article to dozens.
    const sizes = [Math.max(3, Math.round(articles * 0.06))];
    let left = articles - (sizes[0] ?? 0);
    while (left > 0) {
      const size = Math.min(left, Math.max(1, Math.round(3 * Math.exp(1.1 * this.normal()))), 60);
      sizes.push(size);
      left -= size;
    }
    return sizes;
  }
  private normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.rng())) * Math.cos(2 * Math.PI * this.rng());
  }
  chanceOf(p: number) {
    return this.chance(p);
  }
  intIn(lo: number, hi: number) {
    return this.int(lo, hi);
  }
  pickOf<T>(items: readonly T[]): T {
    return this.pick(items);
  }
}

const slug = (line: string) =>
  line
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 4)
    .join('-');

/** `count` news-like articles from `seed`: the same seed gives the same corpus, byte for byte. */
export function newsCorpus(count: number, seed = 1): NewsCorpus {
  const g = new Generator(seed);
  const outlets = g.outlets(Math.max(8, Math.min(400, Math.round(count / 4))));
  const sizes = g.storySizes(count);
  const drafts: Omit<NewsArticle, 'name'>[] = [];
  const stories: Story[] = [];
  sizes.forEach((size, s) => {
    const story = g.story(s, g.intIn(10, 80));
    stories.push(story);
    const told: string[] = [];
    for (let i = 0; i < size; i++) {
      const outlet = g.pickOf(outlets);
      const published = story.day + (i === 0 ? 0 : g.intIn(0, 9));
      const isCopy = told.length > 0 && g.chanceOf(0.3);
      const kind = i === 0 ? 'original' : isCopy ? 'copy' : 'paraphrase';
      const text = isCopy
        ? g.copy(story, g.pickOf(told))
        : g.article(story, outlet.name, published, kind === 'paraphrase');
      told.push(text);
      drafts.push({
        text,
        outlet: outlet.name,
        url: `https://${outlet.host}/${isoOf(published).replaceAll('-', '/')}/${slug(text.split('\n')[0] ?? '')}`,
        published: isoOf(published),
        story: s,
        kind,
      });
    }
  });
  drafts.sort((a, b) => a.published.localeCompare(b.published) || a.story - b.story);
  const width = Math.max(4, String(count - 1).length);
  const articles = drafts.map((d, i) => ({
    name: `${String(i).padStart(width, '0')}_${slug(d.text.split('\n')[0] ?? '') || 'article'}.txt`,
    ...d,
  }));
  const sources = Object.fromEntries(
    articles.map((a) => [a.name, { outlet: a.outlet, url: a.url, published: a.published }]),
  );
  return {
    articles,
    sources,
    events: eventsFor(stories[0], articles),
    stats: statistics(articles, stories, g.counts()),
  };
}

/** Events of the biggest story: cues from its own words, each checked to match a sentence of its articles. */
function eventsFor(story: Story | undefined, articles: NewsArticle[]): NewsCorpus['events'] {
  if (!story) return { events: [] };
  const texts = articles.filter((a) => a.story === story.index).map((a) => a.text.toLowerCase());
  const matches = (cue: string) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${cue.replace(/[.$]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return texts.some((t) => pattern.test(t));
  };
  const events: NewsCorpus['events']['events'] = [];
  story.facts.forEach((fact) => {
    if (events.length >= 4) return;
    // Phrases as an events.json author writes them: the fact's subject and its first words, specific to the story
    // (a single common word would be a cue matching half the corpus).
    const chosen = [`${fact.subject} ${fact.words[0]}`, `${fact.subject} ${fact.words.slice(0, 2).join(' ')}`]
      .map((c) => c.toLowerCase())
      .filter((c) => matches(c))
      .slice(0, 1);
    if (chosen.length === 0) return;
    events.push({
      id: `event-${events.length + 1}`,
      name: `${fact.subject} ${fact.words.slice(0, 3).join(' ')}`,
      cues: chosen,
      ...(fact.when === null && events.length === 0
        ? {
            date: {
              start: isoOf(story.day),
              basis: 'external' as const,
              source: 'the generator: the story’s main day',
            },
          }
        : {}),
    });
  });
  return { events };
}

const QUOTED = /"[^"\n]+"/g;
const DATE = new RegExp(
  `\\b(?:(?:${MONTHS.map((m) => m.replace('.', '\\.')).join('|')}) \\d{1,2}\\b|${WEEKDAYS.join('|')}\\b|(?:last|this) week\\b)`,
  'g',
);

function statistics(
  articles: NewsArticle[],
  stories: Story[],
  counts: { quotes: number; dates: number },
): NewsStats {
  let total = 0;
  const distinct = new Set<string>();
  for (const a of articles) {
    for (const t of tokens(a.text)) {
      total++;
      distinct.add(t);
    }
  }
  const sizes = new Map<number, number>();
  for (const a of articles) sizes.set(a.story, (sizes.get(a.story) ?? 0) + 1);
  return {
    articles: articles.length,
    stories: stories.length,
    biggestStory: Math.max(0, ...sizes.values()),
    copies: articles.filter((a) => a.kind === 'copy').length,
    paraphrases: articles.filter((a) => a.kind === 'paraphrase').length,
    tokens: total,
    distinctWords: distinct.size,
    quotes: articles.reduce((n, a) => n + (a.text.match(QUOTED) ?? []).length, 0),
    dates: articles.reduce((n, a) => n + (a.text.match(DATE) ?? []).length, 0),
    rendered: counts,
  };
}

/** The corpus as the pipeline reads a folder: article files, sources.json and events.json. */
export function newsFiles(corpus: NewsCorpus): SourceFile[] {
  const encoder = new TextEncoder();
  return [
    ...corpus.articles.map((a) => ({ name: a.name, bytes: encoder.encode(`${a.text}\n`) })),
    // One entry a line, no indentation: the pipeline refuses a file over 1 MB (--max-bytes raises it), and
    // sources.json reaches that at about 5,000 articles.
    {
      name: 'sources.json',
      bytes: encoder.encode(
        `{\n${Object.entries(corpus.sources)
          .map(([name, entry]) => `${JSON.stringify(name)}:${JSON.stringify(entry)}`)
          .join(',\n')}\n}\n`,
      ),
    },
    { name: 'events.json', bytes: encoder.encode(`${JSON.stringify(corpus.events, null, 2)}\n`) },
  ];
}
