// Natural languages by their canonical English names, plus variety qualifiers
// ("Swiss German", "Tunisian Arabic"). Data only. Programming languages and
// groups ("Indic languages") are deliberately absent.

export interface LanguageEntry {
  name: string;
  /** Other names of the same language ("Farsi" for Persian). */
  aliases: string[];
}

const plain = (names: string): LanguageEntry[] => names.split(',').map((n) => ({ name: n.trim(), aliases: [] }));

export const LANGUAGE_LEXICON: readonly LanguageEntry[] = [
  ...plain(
    'English, Chinese, Mandarin, Cantonese, Spanish, French, German, Italian, Portuguese, Dutch, Flemish, Russian, Ukrainian, Belarusian, Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian, Montenegrin, Macedonian, Bulgarian, Romanian, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Swedish, Norwegian, Danish, Icelandic, Faroese, Irish, Welsh, Scottish Gaelic, Breton, Basque, Catalan, Galician, Occitan, Maltese, Greek, Albanian, Armenian, Georgian, Turkish, Azerbaijani, Kazakh, Uzbek, Kyrgyz, Turkmen, Tatar, Bashkir, Uyghur, Mongolian, Arabic, Hebrew, Persian, Pashto, Kurdish, Urdu, Hindi, Bengali, Punjabi, Gujarati, Marathi, Nepali, Sinhala, Tamil, Telugu, Kannada, Malayalam, Odia, Assamese, Sanskrit, Japanese, Korean, Vietnamese, Thai, Lao, Khmer, Burmese, Indonesian, Malay, Tagalog, Filipino, Javanese, Sundanese, Cebuano, Swahili, Amharic, Tigrinya, Somali, Oromo, Hausa, Yoruba, Igbo, Zulu, Xhosa, Afrikaans, Shona, Kinyarwanda, Wolof, Lingala, Luganda, Twi, Ewe, Fon, Bambara, Malagasy, Quechua, Guarani, Aymara, Nahuatl, Maori, Hawaiian, Samoan, Esperanto, Latin, Yiddish, Luxembourgish, Frisian, Sami, Ainu, Inuktitut, Cherokee, Tibetan, Dzongkha, Sindhi, Kashmiri, Maithili, Bhojpuri, Haitian Creole, Papiamento, Tok Pisin',
  ),
  { name: 'Persian', aliases: ['Farsi'] },
  { name: 'Slovenian', aliases: ['Slovene'] },
  { name: 'Bengali', aliases: ['Bangla'] },
];

/** Words that, put before a language, name a variety kept as its own entity. */
export const VARIETY_QUALIFIERS: readonly string[] = [
  'Swiss',
  'Austrian',
  'Standard',
  'Historic',
  'Historical',
  'Old',
  'Middle',
  'Modern',
  'Classical',
  'Ancient',
  'European',
  'Brazilian',
  'Canadian',
  'American',
  'British',
  'Australian',
  'Indian',
  'Mexican',
  'Argentinian',
  'Latin American',
  'Peninsular',
  'Tunisian',
  'Egyptian',
  'Moroccan',
  'Algerian',
  'Levantine',
  'Gulf',
  'Iraqi',
  'Syrian',
  'Lebanese',
  'Jordanian',
  'Saudi',
  'Sudanese',
  'Libyan',
  'Yemeni',
  'Emirati',
  'Palestinian',
  'Modern Standard',
  'Simplified',
  'Traditional',
  'Bavarian',
];

/** Dialect adjectives that name a variety on their own: "Tunisian dialect" -> Tunisian Arabic. */
export const DIALECT_ADJECTIVES: Readonly<Record<string, string>> = {
  Tunisian: 'Tunisian Arabic',
  Egyptian: 'Egyptian Arabic',
  Moroccan: 'Moroccan Arabic',
  Algerian: 'Algerian Arabic',
  Levantine: 'Levantine Arabic',
  Swiss: 'Swiss German',
  Bavarian: 'Bavarian',
};
