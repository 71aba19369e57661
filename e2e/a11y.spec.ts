import { expect, type Page } from '@playwright/test';
import { axeEveryView, fitsPhoneEveryView, type CheckedView } from './accessibility.ts';
import { readCorpus } from './corpus.ts';

const corpus = readCorpus('dist');
const first = corpus.articles[0];
/** Every view here is ready once its heading shows. */
const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const views: CheckedView[] = [
  ['articles', '/#/', heading],
  ['articles, filtered to nothing', '/#/?filter=zzqx', heading],
  ['articles, sorted', '/#/?sort=words&desc=1', heading],
  ['not found', '/#/nowhere', heading],
];
if (first) views.push(['reader', `/#/article/${encodeURIComponent(first.id)}?p=1`, heading]);

axeEveryView(views);
fitsPhoneEveryView(views);
