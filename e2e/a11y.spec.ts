import { expect, type Page } from '@playwright/test';
import { checkEveryView, type CheckedView } from './accessibility.ts';
import { builtCorpus } from './corpus.ts';

const corpus = builtCorpus('dist');
/** The first article's id: the seeds always have one. */
const firstId = () => corpus().articles[0]?.id ?? '';
/** Every view here is ready once its heading shows. */
const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const views: CheckedView[] = [
  ['articles', '/#/', heading],
  ['articles, filtered to nothing', '/#/?filter=zzqx', heading],
  ['articles, sorted', '/#/?sort=words&desc=1', heading],
  ['not found', '/#/nowhere', heading],
  ['reader', () => `/#/article/${encodeURIComponent(firstId())}?p=1`, heading],
  ['disagreements, none', '/#/disagreements', heading],
  ['sources', '/#/sources', heading],
  ['corpora', '/#/corpora', heading],
  ['corpus not in this browser', '/?corpus=gone-123456#/', heading],
];

checkEveryView(views);
