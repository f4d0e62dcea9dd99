// Task labels of the annotation guidelines with the phrasings that name them.
// Data only: `name` is the readable node label whose slug is the guideline label
// ("Named entity recognition" -> named-entity-recognition). Patterns are
// case-insensitive unless `exact` (acronyms), and must stay linear-time.
// Row order does not decide anything: each row is tested on its own and all that match
// give a fact. Each row's `example` must give a fact with rule `task:<slug of name>`
// (tests/extractors/rule-examples.test.ts).

export interface TaskEntry {
  /** Readable label; slug(name) is the guideline label. */
  name: string;
  /** Cheap pre-check: the lower-cased sentence contains one of these (every phrasing needs one). */
  cues: string[];
  /** Case-insensitive phrasings. */
  phrases: RegExp[];
  /** Case-sensitive phrasings (acronyms). */
  exact?: RegExp[];
  /** Phrasings that name the task only in a title ("... for Language Modeling"). */
  titlePhrases?: RegExp[];
  /** Phrasings that name the task only in a paper about images, scans or video (a bare "segmentation"). */
  visualPhrases?: RegExp[];
  example: string;
}

export const TASK_LEXICON: readonly TaskEntry[] = [
  {
    name: 'Named entity recognition',
    cues: ['entit', 'ner'],
    phrases: [/\bnamed[- ]entit(?:y|ies) (?:recognition|tagging|detection)/i, /\bentity tagging\b/i],
    exact: [/\bNER\b/],
    example: 'results on named entity recognition',
  },
  {
    name: 'Relation extraction',
    // "re" is in most sentences: the acronym is only read before ")" or ",".
    cues: ['relation', 're)', 're )', 're,', 're ,'],
    phrases: [/\brelation(?:ship)? (?:extraction|classification)\b/i],
    exact: [/\bRE\b(?= ?[),])/],
    example: 'biomedical relation extraction',
  },
  {
    name: 'Question answering',
    cues: ['question', 'qa', 'reading comp', 'rc task'],
    phrases: [
      /(?<!visual )\bquestion[- ]answering\b/i,
      /\bquestion[- ]answer (?:tasks?|benchmarks?)\b/i,
      /\breading comprehension\b/i,
      /\bopen[- ]domain QA\b/i,
    ],
    exact: [/(?<!V)\b(?:Open-)?QA\b(?!-)/, /\bRC tasks?\b/],
    example: 'extractive question answering',
  },
  {
    name: 'Machine translation',
    cues: ['translat', 'mt'],
    phrases: [
      /\b(?:machine|neural|speech|speech-to-text|text-to-text|document|multilingual|zero-shot) translation\b/i,
      // Not image, style or domain translation, nor translation as a geometric motion.
      /(?<!(?:image|style|domain|modality|motion|pose|sketch|thermal|facial|video|visual|scene|cross-domain|cross-modal|image-to-image|unpaired)[- ])\btranslation (?:tasks?|quality|benchmarks?|performance|capabilit(?:y|ies)|abilit(?:y|ies)|models?|systems?)\b/i,
      /\b(?:speech recognition|transcription) and translation\b/i,
      /\btranslat(?:e|ing) (?:between|from|into)\b/i,
    ],
    exact: [
      /\bN?MT\b(?!-)/,
      /\b[A-Z][a-z]+(?:-to)?-[A-Z][a-z]+ (?:machine )?translation\b/,
      /\b[A-Z][a-z]?-[A-Z][a-z]?(?:\/[A-Z][a-z]?-[A-Z][a-z]?)* translation\b/,
    ],
    example: 'low-resource machine translation',
  },
  {
    name: 'Summarization',
    cues: ['summar'],
    phrases: [/(?<!\bcode )\bsummari[sz]ation\b/i],
    example: 'abstractive summarization',
  },
  {
    name: 'Text classification',
    cues: ['classif', 'intent'],
    phrases: [
      /\b(?:text|document|sentence|topic|intent|news|multi-label) classification\b/i,
      /\bintent (?:detection|recognition)\b/i,
      /(?<!(?:image|object|sound|event|audio|disease|token|pixel|node|scene|video) )\bclassification tasks?\b/i,
      /(?<!(?:image|object|sound|event|audio|disease|token|pixel|node|intent|scene|video|speaker|gender|speech|signal|graph|link|edge) )\bclassification\b(?! probes?| heads?| layers?| accuracy| loss(?:es)?| objectives?)/i,
    ],
    example: 'document classification benchmarks',
  },
  {
    name: 'Sentiment analysis',
    cues: ['sentiment', 'emotion'],
    phrases: [/\bsentiment\b/i, /\bemotion (?:recognition|detection|classification|identification)\b/i],
    example: 'sentiment analysis of tweets',
  },
  {
    name: 'Natural language inference',
    cues: ['inference', 'entail', 'nli'],
    phrases: [/\b(?:natural )?language inference\b/i, /\btextual entailment\b/i],
    exact: [/\bNLI\b/],
    example: 'cross-lingual natural language inference',
  },
  {
    name: 'Semantic similarity',
    cues: ['similar', 'paraphrase', 'sts', 'semantic comparison'],
    phrases: [
      /\b(?:semantic|sentence|textual|word|cross-lingual word|lexical) similarity\b/i,
      /\bparaphrase (?:identification|detection)\b/i,
      /\bsimilarity tasks?\b/i,
      /\bsemantic comparison\b/i,
    ],
    exact: [/\bSTS\b/],
    example: 'semantic textual similarity',
  },
  {
    name: 'Information retrieval',
    cues: ['retriev', 'search', 'bitext', 'ranking'],
    phrases: [
      /\binformation retrieval\b/i,
      /\b(?:dense|passage|document|ad[- ]hoc|cross-lingual|multilingual|semantic|sentence|neural|zero-shot) (?:retrieval|search)\b/i,
      /\bbitext mining\b/i,
      /\bweb search\b/i,
      /(?<!(?:image|video|cross-modal|image-text|text-image|text-video|video-text|text-to-image|image-to-text|multimodal)[- ])\bretrieval tasks?\b/i,
      /\bsimilarity search\b/i,
      // Bare "retrieval" only as the thing evaluated, never a RAG pipeline's retrieval step.
      /(?<!(?:image|video|cross-modal|image-text|text-video|text-image|video-text|long-context|knowledge|haystack|context|evidence|memory|tool) )\bretrieval (?:performance|accuracy|benchmarks?|quality|effectiveness|models?|systems?)\b/i,
      /\bretriev(?:e|ing) (?:\S+ ){0,3}(?:sentences|documents|passages)\b/i,
      /\b(?:passage|document) ranking\b/i,
      /\branking benchmarks?\b/i,
    ],
    example: 'dense passage retrieval',
  },
  {
    name: 'Image text retrieval',
    cues: ['retriev', 'recall'],
    phrases: [
      /\b(?:image-text|text-image|image-to-text|text-to-image|image-caption|cross-modal|image) retrieval\b/i,
      /\b(?:image-to-text|text-to-image) recall\b/i,
    ],
    example: 'zero-shot image-text retrieval',
  },
  {
    name: 'Video retrieval',
    cues: ['retriev'],
    phrases: [/\b(?:text-video|video-text|text-to-video|video) retrieval\b/i],
    example: 'text-video retrieval benchmarks',
  },
  {
    name: 'Text generation',
    cues: ['generat', 'caption', 'data-to-text', 'nlg'],
    phrases: [
      /\b(?:text|language|lyrics?|poetry|story|data-to-text|question|conditional|open-ended) generation\b/i,
      /\bdata-to-text\b/i,
      /\b(?:image )?captioning\b/i,
      /\bgenerat(?:e|es|ing) (?:(?!from |by |with |into |in |on )[\w\-,]+ ){0,5}(?:text|sentences|stories|poems|lyrics)\b/i,
    ],
    exact: [/\bNLG\b/],
    example: 'natural language generation tasks',
  },
  {
    name: 'Language modeling',
    cues: ['perplex', 'language model', 'language-model'],
    phrases: [
      /\bperplexity\b/i,
      /\blanguage[- ]model(?:l?ing) (?:tasks?|benchmarks?|capabilit(?:y|ies)|performance|evaluation)\b/i,
      /\b(?:zero-shot|long-context) language[- ]model(?:l?ing)\b/i,
      /\blanguage[- ]model(?:l?ing) (?:datasets?|results)\b/i,
      /\b(?:character|word|byte)-level language[- ]model(?:l?ing)\b/i,
    ],
    titlePhrases: [/(?<!(?:masked|causal|autoregressive|reverse) )\blanguage[- ]model(?:l?ing)\b/i, /\blanguage models?\b(?=.*\b(?:context|perplexity)\b)/i],
    example: 'lower perplexity on held-out text',
  },
  {
    name: 'Speech recognition',
    cues: ['speech recog', 'lip', 'asr', 'vsr'],
    phrases: [/\bspeech recognition\b/i, /\blip[- ]reading\b/i],
    // Not VSR: video super-resolution writes it too.
    exact: [/\b(?:ASR|AVSR)\b/],
    example: 'automatic speech recognition',
  },
  {
    name: 'Spoken language understanding',
    cues: ['spoken', 'speech understanding', 'intent', 'dialogue act', 'slu'],
    phrases: [/\bspoken language understanding\b/i, /\bspeech understanding\b/i, /\bspeech intent classification\b/i, /\bdialogue act recognition\b/i],
    exact: [/\bSLU\b/],
    example: 'spoken language understanding tasks',
  },
  {
    name: 'Sequence labeling',
    cues: ['label', 'tagging', 'chunking', 'dialog', 'structured pred'],
    phrases: [
      /\bsequence label(?:l?ing)\b/i,
      /\b(?:sequence|token|slot) tagging\b/i,
      /\b(?:part-of-speech|POS) tagging\b/i,
      /\bchunking\b/i,
      /\bdialog(?:ue)? acts?\b/i,
      /\bstructured prediction\b/i,
    ],
    example: 'part-of-speech tagging',
  },
  {
    name: 'Parsing',
    cues: ['pars'],
    phrases: [/\b(?:dependency|constituency|semantic|syntactic) parsing\b/i, /\bparsers?\b/i],
    example: 'dependency parsing',
  },
  {
    name: 'Code understanding',
    // "code " rather than "code": every encoder and decoder holds "code".
    cues: ['code ', 'defect', 'clone'],
    phrases: [
      /\bcode (?:search|understanding|summari[sz]ation|retrieval|comprehension|execution)\b/i,
      /\bcode reasoning (?:capabilit|abilit|tasks?|benchmarks?)/i,
      /\bprogram execution\b/i,
      /\b(?:code )?(?:defect|clone) detection\b/i,
      /\bcode representations?\b/i,
    ],
    example: 'code search and clone detection',
  },
  {
    name: 'Code generation',
    cues: ['code ', ' code', 'program synth', 'coding', 'programming'],
    phrases: [
      /\bcode (?:understanding and )?generation\b/i,
      /\bcode (?:completion|infilling)\b/i,
      /\bprogram synthesis\b/i,
      /\bgenerat(?:e|ing) code\b/i,
      /\bcompetitive programming\b/i,
      /\bcoding (?:tasks?|benchmarks?|problems?|challenges?|abilit(?:y|ies)|capabilit(?:y|ies)|performance|skills?)\b/i,
      // "benchmarks in math, coding and ...": coding as an evaluated field.
      /\bbenchmarks?,? (?:in|on|for|including|spanning|across|covering)\b[^.;]{0,60}\bcoding\b/i,
    ],
    example: 'code generation from docstrings',
  },
  {
    name: 'Image classification',
    cues: ['image', 'disease', 'object'],
    phrases: [/\bimage (?:classification|recognition)\b/i, /(?<!masked )\bobject (?:classification|recognition)\b/i, /\bdisease classification\b/i],
    example: 'ImageNet image classification',
  },
  {
    name: 'Image segmentation',
    cues: ['segment'],
    phrases: [
      /\b(?:image|semantic|referring|instance|panoptic|video object|video|medical image|lesion|tumou?r|organ|polyp|cell|nuclei|vessel|interactive|promptable|open-vocabulary|salient object|camouflaged object|part) segmentation\b/i,
      /\bsegment anything\b/i,
      /\bsegmentation (?:tasks?|benchmarks?|models?|performance|accuracy|datasets?)\b/i,
    ],
    // Segmentation of words, speech or customers is no image segmentation; a segmentation head is a part, not the task.
    visualPhrases: [
      /(?<!(?:word|text|sentence|speech|topic|customer|market|audio|action|event|morphological|user|subword|laughter|speaker|sound|music) )\bsegmentation\b(?!-| heads?| branch(?:es)?| masks?| labels?| annotations?| priors?| maps?| modules?| decoders?)/i,
    ],
    example: 'referring image segmentation',
  },
  {
    name: 'Scene text recognition',
    cues: ['scene text', 'str'],
    phrases: [/\bscene text recognition\b/i],
    exact: [/\bSTR\b/],
    example: 'scene text recognition',
  },
  {
    name: 'Visual reasoning',
    cues: ['visual', 'multimodal reas', 'vqa'],
    phrases: [
      /\bvisual (?:question[- ]answering|reasoning|commonsense reasoning)\b/i,
      /\bmultimodal reasoning\b/i,
      /\bvisual perception (?:abilit(?:y|ies)|capabilit(?:y|ies)|tasks?|benchmarks?)\b/i,
    ],
    exact: [/\bVQA\b/],
    example: 'visual question answering',
  },
  {
    name: 'Commonsense reasoning',
    cues: ['commonsense'],
    phrases: [/\b(?<!visual )commonsense reasoning\b/i],
    example: 'commonsense reasoning benchmarks',
  },
  {
    name: 'Numerical reasoning',
    cues: ['numer', 'math', 'arithmetic'],
    // Mathematics as what is solved or measured, not a school subject in passing ("tasks like mathematics and coding").
    phrases: [
      /\bnumerical reasoning\b/i,
      /\bmath(?:ematical|ematics)? (?:word problems?|reasoning|problems?|problem[- ]solving|performance|benchmarks?|tasks?|competitions?|olympiads?|abilit(?:y|ies)|capabilit(?:y|ies)|questions)\b/i,
      /\barithmetic\b/i,
      /\bbenchmarks?,? (?:in|on|for|including|spanning|across|covering)\b[^.;]{0,30}\bmath(?:ematics)?\b/i,
      /\bperformance (?:\w+ ){0,4}in math\b/i,
    ],
    example: 'math word problems',
  },
  {
    name: 'Grammatical error correction',
    cues: ['grammatical', 'gec'],
    phrases: [/\bgrammatical error correction\b/i],
    exact: [/\bGEC\b/],
    example: 'grammatical error correction',
  },
  {
    name: 'Lexicon induction',
    cues: ['lexicon', 'bli'],
    phrases: [/\b(?:bilingual )?lexicon induction\b/i],
    exact: [/\bBLI\b/],
    example: 'bilingual lexicon induction',
  },
  {
    name: 'Data augmentation',
    cues: ['augment', 'synthetic'],
    phrases: [
      /\bdata augmentation\b/i,
      /\bsynthetic (?:training )?data generation\b/i,
      // "LLM-generated synthetic data" is data used, not data made.
      /(?<![\w-])(?:creat|generat|synthesi[sz])(?:e|es|ing) (?:[\w-]+,? ){0,6}synthetic (?:training )?data\b/i,
    ],
    example: 'generative data augmentation',
  },
  {
    name: 'Sentence embedding',
    cues: ['embed', 'sentence enc'],
    phrases: [
      /\bsentence (?:embeddings?|encod(?:ers?|ing))\b/i,
      /\btext embedding(?:s)? (?:tasks?|models?|benchmarks?)\b/i,
      /\btext embedding(?=,| and\b)/i,
      /(?<!\b(?:word|token|subword|character|contextual) )\bembedding (?:models?|tasks?|text|sentences)\b/i,
    ],
    example: 'universal sentence embeddings',
  },
  {
    name: 'Cross-lingual transfer',
    cues: ['lingual', 'zero-shot transfer'],
    phrases: [/\bcross-?lingual (?:transfer|transferability)\b/i, /\bzero-shot transfer to\b/i, /\bzero-shot cross-?lingual\b/i],
    example: 'zero-shot cross-lingual transfer',
  },
  {
    name: 'Continual learning',
    cues: ['continual', 'incremental', 'lifelong'],
    // Not "catastrophic forgetting" alone: fine-tuning papers name it as a side effect.
    phrases: [/\bcontinual learning\b/i, /\bclass-incremental\b/i, /\blifelong learning\b/i, /\bincremental learning\b/i],
    example: 'class-incremental learning',
  },
  {
    name: 'Instruction following',
    cues: ['instruct'],
    // The evaluated ability; "instruction-tuned models" and "instruction tuning" as a training step are not.
    phrases: [
      /\binstruction[- ]following\b/i,
      /\bfollow(?:s|ing)? (?:(?:natural[- ]language|human|user|complex|the) )?instructions\b/i,
      // Not "natural language instructions": code is generated from them too.
      /\b(?:textual|task|crowdsourcing) instructions\b/i,
      // Evaluated after instruction tuning; "developed through instruction tuning" is a training step.
      /\bafter instruction[- ]tuning\b/i,
      // Instruction tuning as what is studied: the subject of the sentence, or "the effect of instruction tuning".
      /^instruction[- ](?:fine-?tuning|finetuning|tuning)\b/i,
      /\b(?:effects?|impact|role|benefits?|scaling|study) of instruction[- ](?:fine-?tuning|finetuning|tuning)\b/i,
    ],
    titlePhrases: [/\binstruction[- ](?:fine-?tun(?:ing|ed)|finetun(?:ing|ed)|tun(?:ing|ed))\b/i],
    example: 'instruction following ability',
  },
  {
    name: 'Model selection',
    cues: ['transferab', 'model sel', 'ranking', 'routing'],
    phrases: [/\btransferability estimation\b/i, /\bmodel (?:selection|ranking|routing)\b/i, /\b(?:LM|model|encoder) ranking\b/i],
    example: 'model selection via transferability',
  },
  {
    name: 'Scene generation',
    cues: ['scene', 'layout'],
    phrases: [/\b(?:3D |indoor )?scene (?:generation|synthesis)\b/i, /\blayout generation\b/i],
    example: 'indoor scene generation',
  },
  {
    name: 'Planning',
    cues: ['planning', 'control polic', 'manipulation', 'polic'],
    // Planning as what is solved (motion, path, task planning), not "planning" in passing.
    phrases: [
      /\b(?:motion|path|task|trajectory|route|robot|robotic|action|long-horizon|navigation|symbolic|classical|multi-step|manipulation) planning\b/i,
      /\bplanning (?:tasks?|problems?|benchmarks?|domains?|agents?)\b/i,
      /\bcontrol polic(?:y|ies)\b/i,
      /\brobot(?:ic|ics)? manipulation\b/i,
      /\b(?:manipulation|robot|robotic|visuomotor|generalist robot|embodied) polic(?:y|ies)\b/i,
    ],
    example: 'motion planning and control',
  },
  {
    name: 'Context compression',
    cues: ['compress'],
    phrases: [/\bcontext compression\b/i, /\bcompress(?:ing|es)? (?:long |the )?contexts?\b/i],
    example: 'context compression',
  },
  {
    name: 'Federated learning',
    cues: ['federated'],
    phrases: [/\bfederated\b/i],
    example: 'federated learning',
  },
];
