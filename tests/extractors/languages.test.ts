import { describe } from 'vitest';
import { findLanguages } from '../../extractors/index.js';
import { itFinds, itFindsNothing } from './helpers.js';

const langs = (s: string) => findLanguages(s).map((h) => h.mention.name);

describe('languages: positives', () =>
  itFinds(langs, [
    ['We train on Basque and Catalan news.', ['Basque', 'Catalan']],
    ['Data in Brazilian Portuguese is scarce.', ['Brazilian Portuguese']],
    ['We collect Egyptian Arabic tweets.', ['Egyptian Arabic']],
    ['A corpus of the Moroccan dialect.', ['Moroccan Arabic']],
    ['Queries in Standard German, documents in Swiss German.', ['Standard German', 'Swiss German']],
    ['We add Farsi and Yoruba.', ['Persian', 'Yoruba']],
    ['Fieldwork recordings of Ainu.', ['Ainu']],
    ['We read Simplified Chinese text and Korean.', ['Simplified Chinese', 'Korean']],
    ['Results on English-German and Hindi-to-Tamil pairs.', ['English', 'German', 'Hindi', 'Tamil']],
  ]));

describe('languages: false positives', () =>
  itFindsNothing(langs, [
    'A multilingual model for 100 languages.',
    'Indic languages and European languages are covered.',
    'Text in non-English scripts and Latin scripts.',
    'We write the parser in Python and Java.',
    'English-centric models dominate.',
    'An english muffin recipe.',
  ]));
