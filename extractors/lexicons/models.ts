// Well-known base models: canonical name, accepted spellings, and whether a
// number written after the name is a version ("Llama 3.1") rather than a count.
// Data only: new models a paper introduces are found by patterns, never listed here.

export interface ModelEntry {
  /** Unique row id, travels into facts as part of the rule id. */
  id: string;
  /** Canonical display name. */
  name: string;
  /** Other spellings of the same model (merged into one node). */
  aliases: string[];
  /** A number right after the name is a version that keeps its own node ("Gemma 3"). */
  versioned?: boolean;
  /** Match only with the exact letter case (names that are also English words). */
  exactCase?: boolean;
  example: string;
}

const row = (
  id: string,
  name: string,
  aliases: string[],
  example: string,
  opts: { versioned?: boolean; exactCase?: boolean } = {},
): ModelEntry => ({ id, name, aliases, example, ...opts });

export const MODEL_LEXICON: readonly ModelEntry[] = [
  // Encoders
  row('bert', 'BERT', [], 'we fine-tune BERT on the task'),
  row('mbert', 'mBERT', ['multilingual BERT', 'M-BERT', 'Multilingual BERT'], 'mBERT transfers across languages'),
  row('roberta', 'RoBERTa', ['Roberta'], 'RoBERTa-large reaches 90'),
  row('xlm-r', 'XLM-R', ['XLM-RoBERTa', 'XLMR', 'XLM-Roberta'], 'XLM-R Base is our encoder'),
  row('xlm', 'XLM', [], 'XLM uses translation language modelling', { exactCase: true }),
  row('distilbert', 'DistilBERT', ['DistillBERT'], 'DistilBERT is smaller'),
  row('albert', 'ALBERT', [], 'ALBERT shares parameters', { exactCase: true }),
  row('electra', 'ELECTRA', [], 'ELECTRA uses replaced token detection', { exactCase: true }),
  row('deberta', 'DeBERTa', ['DeBERTaV3', 'DeBERTa-v3'], 'DeBERTa-v3 large', { versioned: true }),
  row('spanbert', 'SpanBERT', [], 'SpanBERT masks spans'),
  row('scibert', 'SciBERT', [], 'SciBERT for science'),
  row('biobert', 'BioBERT', [], 'BioBERT for biomedicine'),
  row('modernbert', 'ModernBERT', ['ModernBERTs'], 'ModernBERT encoders'),
  row('elmo', 'ELMo', ['ELMO'], 'ELMo embeddings', { exactCase: true }),
  row('sbert', 'Sentence-BERT', ['SBERT'], 'Sentence-BERT embeddings'),
  row('labse', 'LaBSE', ['LabSE'], 'LaBSE sentence embeddings'),
  row('laser', 'LASER', [], 'LASER sentence embeddings', { versioned: true, exactCase: true }),
  row('use', 'Universal Sentence Encoder', [], 'the Universal Sentence Encoder'),
  row('minilm', 'MiniLM', [], 'MiniLM distils attention'),
  row('colbert', 'ColBERT', [], 'ColBERT late interaction'),
  row('xlnet', 'XLNet', [], 'XLNet permutes factorisation orders'),
  row('ernie', 'ERNIE', [], 'ERNIE adds knowledge', { versioned: true, exactCase: true }),
  row('camembert', 'CamemBERT', [], 'CamemBERT for French'),
  // Encoder-decoders
  row('t5', 'T5', [], 'T5-Base is fine-tuned', { exactCase: true }),
  row('mt5', 'mT5', [], 'mT5 covers 101 languages', { exactCase: true }),
  row('flan-t5', 'Flan-T5', ['FLAN-T5'], 'Flan-T5 XL'),
  row('byt5', 'ByT5', [], 'ByT5 reads bytes'),
  row('bart', 'BART', [], 'BART denoises text', { exactCase: true }),
  row('mbart', 'mBART', [], 'mBART for translation', { exactCase: true }),
  row('ul2', 'UL2', [], 'UL2 mixture of denoisers', { exactCase: true }),
  row('nllb', 'NLLB', ['NLLB-200'], 'NLLB 1B translates 200 languages', { exactCase: true }),
  row('atlas', 'Atlas', ['ATLAS'], 'Atlas retrieval-augmented model', { exactCase: true }),
  row('retro', 'RETRO', ['Retro'], 'RETRO retrieves chunks', { exactCase: true }),
  // Decoders
  row('gpt', 'GPT', [], 'GPT generates text', { versioned: true, exactCase: true }),
  row('gpt-2', 'GPT-2', ['GPT2'], 'GPT-2 medium', { exactCase: true }),
  row('gpt-3', 'GPT-3', ['GPT3'], 'GPT-3 175B', { exactCase: true }),
  row('gpt-3.5', 'GPT-3.5', ['GPT3.5'], 'GPT-3.5-turbo answers', { exactCase: true }),
  row('gpt-4', 'GPT-4', ['GPT4'], 'GPT-4o is evaluated', { exactCase: true }),
  row('gpt-j', 'GPT-J', [], 'GPT-J 6B', { exactCase: true }),
  row('gpt-neo', 'GPT-Neo', ['GPT-NeoX'], 'GPT-Neo 2.7B', { exactCase: true }),
  row('chatgpt', 'ChatGPT', [], 'ChatGPT answers', { exactCase: true }),
  row('llama', 'Llama', ['LLaMA', 'LLAMA', 'LlaMA'], 'Llama-3.1-8B is the backbone', { versioned: true }),
  row('tinyllama', 'TinyLlama', ['TinyLLaMA', 'TinyLLAMA'], 'TinyLlama 1.1B'),
  row('alpaca', 'Alpaca', [], 'Alpaca 7B', { exactCase: true }),
  row('vicuna', 'Vicuna', [], 'Vicuna-13B', { exactCase: true }),
  row('mistral', 'Mistral', [], 'Mistral-7B', { versioned: true, exactCase: true }),
  row('mistral-nemo', 'Mistral NeMo', ['Mistral-Nemo', 'Mistral Nemo', 'Mistral-NeMo'], 'Mistral-Nemo-12B'),
  row('mixtral', 'Mixtral', [], 'Mixtral 8x7B', { exactCase: true }),
  row('qwen', 'Qwen', [], 'Qwen2-0.5B is the initial model', { versioned: true }),
  row('gemma', 'Gemma', [], 'Gemma 2 9B', { versioned: true, exactCase: true }),
  row('phi', 'Phi', [], 'Phi-3-mini', { versioned: true, exactCase: true }),
  row('falcon', 'Falcon', [], 'Falcon-40B', { versioned: true, exactCase: true }),
  row('bloom', 'BLOOM', ['BLOOMZ'], 'BLOOM 176B', { exactCase: true }),
  row('opt', 'OPT', [], 'OPT-175B', { exactCase: true }),
  row('palm', 'PaLM', [], 'PaLM 2', { versioned: true, exactCase: true }),
  row('chinchilla', 'Chinchilla', [], 'Chinchilla 70B', { exactCase: true }),
  row('pythia', 'Pythia', [], 'Pythia-1.4B', { exactCase: true }),
  row('olmo', 'OLMo', [], 'OLMo 7B', { versioned: true, exactCase: true }),
  row('smollm', 'SmolLM', [], 'SmolLM2 360M', { versioned: true }),
  row('deepseek', 'DeepSeek', [], 'DeepSeek-V3', { versioned: true }),
  row('yi', 'Yi', [], 'Yi-34B', { exactCase: true }),
  row('claude', 'Claude', [], 'Claude 3', { versioned: true, exactCase: true }),
  row('codex', 'Codex', [], 'Codex writes code', { exactCase: true }),
  row('codet5', 'CodeT5', [], 'CodeT5+ 16B', { versioned: true }),
  row('codebert', 'CodeBERT', [], 'CodeBERT for code search'),
  row('codellama', 'Code Llama', ['CodeLlama', 'CodeLLaMA'], 'Code Llama 7B'),
  row('starcoder', 'StarCoder', [], 'StarCoder 15B', { versioned: true }),
  // Speech
  row('wav2vec2', 'wav2vec 2.0', ['Wav2Vec2', 'wav2vec2', 'Wav2Vec 2.0', 'Wav2vec 2.0', 'wav2vec2.0'], 'wav2vec 2.0 Large'),
  row('wav2vec', 'wav2vec', ['Wav2Vec'], 'wav2vec learns from raw audio'),
  row('hubert', 'HuBERT', [], 'HuBERT units'),
  row('wavlm', 'WavLM', [], 'WavLM Large'),
  row('w2v-bert', 'w2v-BERT', ['w2vBERT', 'W2v-BERT'], 'w2v-BERT pre-training'),
  row('whisper', 'Whisper', [], 'Whisper large-v2', { exactCase: true }),
  row('xls-r', 'XLS-R', ['XLSR'], 'XLS-R 300M'),
  row('cpc', 'CPC', ['Contrastive Predictive Coding'], 'CPC encoders', { exactCase: true }),
  // Vision and multimodal
  row('clip', 'CLIP', [], 'the CLIP text encoder', { exactCase: true }),
  row('vit', 'ViT', ['Vision Transformer'], 'ViT-B/16', { exactCase: true }),
  row('blip', 'BLIP', [], 'BLIP-2 bootstraps', { versioned: true, exactCase: true }),
  row('llava', 'LLaVA', [], 'LLaVA-1.5', { versioned: true }),
  row('flamingo', 'Flamingo', [], 'Flamingo few-shot', { exactCase: true }),
  row('resnet', 'ResNet', [], 'ResNet-50'),
  row('dino', 'DINO', ['DINOv2'], 'DINOv2 features', { versioned: true, exactCase: true }),
  row('sam', 'Segment Anything', ['SAM'], 'SAM masks', { exactCase: true }),
  row('swin', 'Swin Transformer', ['Swin'], 'Swin-B backbone', { exactCase: true }),
];
