// Names that look like models, methods or benchmarks but are none of them: hardware,
// software libraries and platforms, organisations, modalities and sensors, generic
// acronyms, and general techniques that papers use rather than introduce. Data only;
// compared in the cheap match form (lower-case letters and digits), plurals included.

export interface NonEntityRow {
  id: string;
  /** Names, separated by spaces; multi-word names joined with "_" ("chain_of_thought"). */
  words: string;
  example: string;
}

export const NON_ENTITY_ROWS: readonly NonEntityRow[] = [
  {
    id: 'hardware',
    words:
      'gpu gpus tpu tpus cpu cpus npu npus fpga fpgas asic asics a100 h100 h200 v100 a6000 rtx rtx3090 rtx4090 ' +
      'jetson raspberry_pi arduino cuda tensorrt nvidia_gpu edge_tpu hbm dram sram',
    example: 'trained on 8 A100 GPUs',
  },
  {
    id: 'software',
    words:
      'github gitlab huggingface hugging_face pytorch tensorflow jax keras numpy scipy sklearn scikit_learn opencv ' +
      'python matlab docker kubernetes linux windows android ios unity unreal_engine ros ros2 gazebo mujoco isaac_gym ' +
      'isaac_sim blender colab jupyter kaggle zenodo arxiv openreview wandb langchain llamaindex vllm onnx ' +
      'excel sql nosql json xml html csv pdf latex markdown api apis sdk http url urls',
    example: 'code is available on our GitHub page',
  },
  {
    id: 'organisations',
    words:
      'openai deepmind google meta microsoft nvidia anthropic alibaba baidu tencent huawei amazon apple ibm intel amd ' +
      'mit stanford nasa esa who fda nih nsf eu un ieee acm',
    example: 'released by OpenAI',
  },
  {
    id: 'modalities-and-sensors',
    words:
      'mri fmri ct cbct pet oct eeg ecg ekg emg meg lidar radar sar hsi msi rgb rgbd rgb_d rgbt ir nir uav uavs ' +
      'gps imu x_ray xray ultrasound dermoscopy endoscopy mammography histopathology wsi wsis dvs event_camera ' +
      'point_cloud point_clouds mesh voxel bev',
    example: 'segmentation of MRI and CT scans',
  },
  {
    id: 'generic-acronyms',
    words:
      'ood id iid xai kv kvcache kv_cache kg kgs dr drl marl il irl mdp pomdp mdps gnn gnns gcn gcns cnn vit_based ' +
      'ar vr xr mr hci hri iot ai4science sr isr vsr ocr hoi har reid re_id mot sot vos slam sfm mvs nvs t2i t2v i2v ' +
      't2a tts vc tta uda da dg fl ssl wsl fsl zsl gzsl cl mil mtl moe moes rope pe ffn mha ssm ssms rnn ode pde pdes sde ' +
      'fft dct dwt pca svd ica lda knn svm rf xgboost mlp mlps kl js mse mae rmse psnr ssim lpips fid fvd kid iou miou ' +
      'map auroc auprc fpr tpr roc ece gui guis cad cam grad_cam shap lime ui ux qa vqa kbqa rag llm_based llm_driven ' +
      'ai_driven ai_generated ai_assisted ai_powered llm_generated llm_assisted llm_powered llm_guided human_ai human_llm ' +
      'sota soa e2e end_to_end poc roi rois sota_level',
    example: 'out-of-distribution (OOD) detection',
  },
  {
    id: 'techniques',
    words:
      'grpo ppo dpo rlhf rlaif rlvr sft lora qlora dora peft icl cot chain_of_thought tree_of_thoughts tot ' +
      'llm_as_a_judge llm_as_judge llm_as_a_judge_ mcts monte_carlo monte_carlo_tree_search beam_search ' +
      'mixture_of_experts knowledge_distillation kd fine_tuning finetuning pre_training pretraining ' +
      'super_resolution gaussian_splatting gs 3dgs 2dgs nerf_based diffusion retrieval_augmented_generation ' +
      'contrastive_learning self_supervised_learning federated_learning reinforcement_learning ' +
      'deep_reinforcement_learning multi_agent_reinforcement_learning transfer_learning meta_learning ' +
      'active_learning curriculum_learning continual_learning few_shot zero_shot in_context_learning ' +
      'instruction_tuning prompt_tuning prompt_engineering quantization pruning distillation attention ' +
      'self_attention cross_attention bayesian gaussian coarse_to_fine react star ptq qat gptq awq ' +
      'graph_neural_network graph_neural_networks vision_transformer vision_transformers agentic_ai ' +
      'internet_of_things low_rank_adaptation preference_optimization direct_preference_optimization ' +
      'gaussian_mixture_model gmm multiple_instance_learning knowledge_graph knowledge_graphs entity_recognition ' +
      'named_entity_recognition entity_linking relation_extraction',
    example: 'we fine-tune with GRPO and chain-of-thought prompting',
  },
];

/** Every non-entity name in match form. */
export const NON_ENTITY_NAMES: ReadonlySet<string> = new Set(
  NON_ENTITY_ROWS.flatMap((row) =>
    row.words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/_/g, '')),
  ),
);
