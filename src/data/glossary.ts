import { z } from 'astro/zod';

/**
 * The guide's glossary: one entry per term used anywhere in the chapters. The glossary page
 * renders these, and <Term> shows the short definition wherever a chapter first uses a term.
 * Ids are the glossary page's anchors; other pages link to them, so an id never changes.
 */

export const glossaryGroups = {
  roles: 'Roles and disciplines',
  ml: 'Machine-learning basics',
  serving: 'Serving and inference',
  training: 'Training and GPU clusters',
  platform: 'Platform tools and building blocks',
  practices: 'Practices',
  pay: 'Pay, levels and credentials',
} as const;

export type GlossaryGroup = keyof typeof glossaryGroups;

/** Longer text: plain words, or a citation / cited figure from src/data rendered by <Cite>/<Figure>. */
export type GlossarySegment = string | { cite: string } | { figure: string };

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const href = z.string().regex(/^(?:\/[a-z0-9/#-]*|https:\/\/\S+)$/, 'a site path ("/role/") or an https address');

export const glossaryEntrySchema = z.strictObject({
  id,
  term: z.string().min(2),
  /** What an abbreviation stands for ("NVIDIA Collective Communications Library"). */
  expansion: z.string().min(3).optional(),
  group: z.enum(Object.keys(glossaryGroups) as [GlossaryGroup, ...GlossaryGroup[]]),
  /** Shown on hover and focus wherever <Term> is used: one plain sentence. */
  short: z.string().min(20).max(160, 'a short definition is at most 160 characters'),
  body: z.array(z.union([z.string().min(1), z.strictObject({ cite: id }), z.strictObject({ figure: id })])).optional(),
  links: z.array(z.strictObject({ label: z.string().min(2), href })).optional(),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

const entries: GlossaryEntry[] = [
  // Roles and disciplines
  {
    id: 'ai-infrastructure-engineer',
    term: 'AI infrastructure engineer',
    group: 'roles',
    short:
      'The engineer who builds and runs the clusters, pipelines and GPU capacity that models are trained and served on.',
    body: [
      'They design those environments, put them into service and keep them running, working with data scientists and ML engineers so models stay dependable once real users rely on them',
      { cite: 'role-scope' },
      '.',
    ],
    links: [{ label: 'The role', href: '/role/' }],
  },
  {
    id: 'cloud-engineering',
    term: 'Cloud engineering',
    group: 'roles',
    short:
      'Building and running systems on a public cloud: accounts, networks, identity and access, compute, storage and the bill.',
    links: [{ label: 'From cloud engineering', href: '/paths/from-cloud-engineering/' }],
  },
  {
    id: 'data-engineering',
    term: 'Data engineering',
    group: 'roles',
    short: 'Building the pipelines that collect, clean, move and store data so analysts and models can use it.',
    body: ['Typical tools are SQL, Spark, Airflow, dbt and cloud data warehouses.'],
    links: [{ label: 'From data engineering', href: '/paths/from-data-engineering/' }],
  },
  {
    id: 'data-scientist',
    term: 'Data scientist',
    group: 'roles',
    short:
      'Someone who explores data and builds and evaluates models; they need GPUs, notebooks and reproducible experiments.',
  },
  {
    id: 'devops',
    term: 'DevOps',
    group: 'roles',
    short:
      'A way of working, and a job title, that joins development and operations: automated builds, tests, releases and infrastructure.',
    links: [{ label: 'From DevOps', href: '/paths/from-devops/' }],
  },
  {
    id: 'hpc',
    term: 'HPC',
    expansion: 'High-performance computing',
    group: 'roles',
    short:
      'Running large jobs across many tightly linked machines, traditionally for science; the world Slurm and InfiniBand come from.',
  },
  {
    id: 'ml-engineer',
    term: 'ML engineer',
    group: 'roles',
    short:
      'An engineer who turns models into working software: training code, packaging and the application logic around a model.',
  },
  {
    id: 'ml-systems-engineer',
    term: 'ML systems engineer',
    group: 'roles',
    short:
      'An engineer who makes training and inference fast at the level of GPUs, kernels, interconnects and parallelism.',
    links: [{ label: 'Compared with adjacent roles', href: '/role/adjacent-roles/' }],
  },
  {
    id: 'mlops',
    term: 'MLOps',
    group: 'roles',
    short:
      'Practices and tools for taking models from experiment to production and keeping them healthy: tracking, registry, retraining.',
  },
  {
    id: 'platform-engineering',
    term: 'Platform engineering',
    group: 'roles',
    short:
      'Building an internal platform of shared tools and self-service workflows so other teams can ship without solving infrastructure.',
  },
  {
    id: 'sre',
    term: 'SRE',
    expansion: 'Site reliability engineering',
    group: 'roles',
    short:
      'Running production systems with software-engineering methods: service-level objectives, incident response, automation.',
  },

  // Machine-learning basics
  {
    id: 'model',
    term: 'Model',
    group: 'ml',
    short:
      'A function with learned numbers (parameters) that turns an input, such as text, into an output, such as the next word.',
    links: [{ label: 'ML for infrastructure engineers', href: '/stack/ml-basics/' }],
  },
  {
    id: 'llm',
    term: 'LLM',
    expansion: 'Large language model',
    group: 'ml',
    short: 'A model with billions of parameters trained on text that generates text one token at a time.',
  },
  {
    id: 'parameters',
    term: 'Parameters (weights)',
    group: 'ml',
    short:
      'The learned numbers inside a model. Their count ("7B") times the bytes each takes is the memory the weights need.',
  },
  {
    id: 'token',
    term: 'Token',
    group: 'ml',
    short:
      'The unit a language model reads and writes: a word or part of a word. Prompts, outputs and prices are counted in tokens.',
  },
  {
    id: 'checkpoint',
    term: 'Checkpoint',
    group: 'ml',
    short:
      'A saved copy of a model (and, in training, its optimiser state) written to storage so work can resume or be served.',
  },
  {
    id: 'batch',
    term: 'Batch',
    group: 'ml',
    short: 'A group of examples or requests processed together in one pass, so the GPU does more useful work per step.',
  },
  {
    id: 'precision',
    term: 'Precision (FP32, BF16, FP16, FP8, INT8, INT4)',
    group: 'ml',
    short:
      'How many bits store each number: 32, 16, 8 or 4. Fewer bits mean less memory and faster maths, with some loss of accuracy.',
    body: [
      'FP32 takes four bytes per number; BF16 and FP16 take two; FP8 and INT8 take one; INT4 takes half a byte. BF16 keeps the range of FP32 with less detail, which is why training prefers it to FP16.',
    ],
  },
  {
    id: 'mixed-precision',
    term: 'Mixed precision',
    group: 'ml',
    short:
      'Training that computes in 16-bit numbers but keeps a 32-bit master copy of the weights for accurate updates.',
  },
  {
    id: 'quantisation',
    term: 'Quantisation',
    group: 'ml',
    short:
      'Storing a trained model’s weights in fewer bits (8 or 4 instead of 16) so it needs less memory and serves faster.',
  },
  {
    id: 'gradient',
    term: 'Gradient',
    group: 'ml',
    short:
      'For each parameter, the direction and size of the change that would reduce the error; training computes one per parameter.',
  },
  {
    id: 'optimiser',
    term: 'Optimiser (Adam)',
    group: 'ml',
    short:
      'The rule that turns gradients into weight updates. Adam keeps two extra numbers per parameter, which costs memory.',
  },
  {
    id: 'activations',
    term: 'Activations',
    group: 'ml',
    short:
      'Intermediate results of a forward pass kept for the backward pass; they grow with batch size and sequence length.',
  },
  {
    id: 'training',
    term: 'Training',
    group: 'ml',
    short:
      'Adjusting a model’s parameters on data, step by step, until its outputs are good enough; long jobs on many GPUs.',
    links: [{ label: 'Training at scale', href: '/stack/training/' }],
  },
  {
    id: 'fine-tuning',
    term: 'Fine-tuning',
    group: 'ml',
    short: 'Further training of an existing model on a smaller, specific dataset, instead of training from scratch.',
  },
  {
    id: 'lora',
    term: 'LoRA',
    expansion: 'Low-rank adaptation',
    group: 'ml',
    short:
      'Fine-tuning that freezes the model and trains small added matrices, so gradients and optimiser state stay small.',
  },
  {
    id: 'inference',
    term: 'Inference',
    group: 'ml',
    short: 'Using a trained model to produce outputs for new inputs, for example answering a user’s request.',
    links: [{ label: 'Serving and inference', href: '/stack/serving/' }],
  },
  {
    id: 'embedding',
    term: 'Embedding',
    group: 'ml',
    short:
      'A list of numbers a model produces to represent the meaning of a text or image, so similar things can be found by distance.',
  },
  {
    id: 'rag',
    term: 'RAG',
    expansion: 'Retrieval-augmented generation',
    group: 'ml',
    short: 'Answering with an LLM after first fetching relevant documents and adding them to the prompt.',
  },
  {
    id: 'vector-database',
    term: 'Vector database',
    group: 'ml',
    short: 'A database that stores embeddings and finds the nearest ones to a query quickly; the search half of RAG.',
  },
  {
    id: 'drift',
    term: 'Drift',
    group: 'ml',
    short:
      'When live data or outcomes move away from what the model was trained on, so its quality drops without any error.',
  },
  {
    id: 'feature-store',
    term: 'Feature store',
    group: 'ml',
    short:
      'A shared store of model input values (features), computed once and served the same way for training and for inference.',
  },
  {
    id: 'model-registry',
    term: 'Model registry',
    group: 'ml',
    short: 'A catalogue of trained model versions with their metrics and stages, from which releases are promoted.',
  },
  {
    id: 'experiment-tracking',
    term: 'Experiment tracking',
    group: 'ml',
    short: 'Recording each training run’s code, data, settings and metrics so results can be compared and repeated.',
  },

  // Serving and inference
  {
    id: 'model-serving',
    term: 'Model serving',
    group: 'serving',
    short: 'Running a trained model behind an HTTP or gRPC endpoint so applications can send it requests.',
    links: [{ label: 'Serving and inference', href: '/stack/serving/' }],
  },
  {
    id: 'kv-cache',
    term: 'KV cache',
    expansion: 'Key-value cache',
    group: 'serving',
    short:
      'GPU memory holding attention keys and values for every token of every active request; it caps how many requests fit.',
  },
  {
    id: 'continuous-batching',
    term: 'Continuous batching',
    group: 'serving',
    short:
      'Adding new requests to the running batch at every generation step, instead of waiting for the whole batch to finish.',
  },
  {
    id: 'pagedattention',
    term: 'PagedAttention',
    group: 'serving',
    short:
      'Storing the KV cache in small fixed-size blocks, like memory pages, so little GPU memory is wasted per request.',
  },
  {
    id: 'ttft',
    term: 'TTFT',
    expansion: 'Time to first token',
    group: 'serving',
    short:
      'How long a user waits before the first word of an answer appears; set mostly by queueing and reading the prompt.',
  },
  {
    id: 'throughput',
    term: 'Throughput (tokens per second)',
    group: 'serving',
    short: 'How much work a server completes per second; for LLMs, output tokens per second across all requests.',
  },
  {
    id: 'latency-percentiles',
    term: 'Latency percentiles (p50, p99)',
    group: 'serving',
    short:
      'The response time that half (p50) or all but one in a hundred (p99) requests beat; targets use the high ones.',
  },
  {
    id: 'canary-release',
    term: 'Canary release',
    group: 'serving',
    short: 'Sending a small share of real traffic to a new version first, and widening it only if it behaves.',
  },
  {
    id: 'cold-start',
    term: 'Cold start',
    group: 'serving',
    short:
      'The delay before a new replica can answer: getting a GPU node, pulling the image, loading the weights into memory.',
  },
  {
    id: 'autoscaling',
    term: 'Autoscaling',
    group: 'serving',
    short:
      'Adding or removing replicas or nodes as load changes; for GPU services the signal is usually queue length, not CPU.',
  },
  {
    id: 'vllm',
    term: 'vLLM',
    group: 'serving',
    short: 'An open-source inference engine for LLMs, known for PagedAttention and continuous batching.',
  },
  {
    id: 'tgi',
    term: 'TGI',
    expansion: 'Text Generation Inference',
    group: 'serving',
    short: 'Hugging Face’s server for running text-generation models in production.',
  },
  {
    id: 'triton',
    term: 'Triton Inference Server',
    group: 'serving',
    short:
      'NVIDIA’s inference server for models from many frameworks, with dynamic batching and several models per GPU.',
  },
  {
    id: 'kserve',
    term: 'KServe',
    group: 'serving',
    short:
      'A Kubernetes add-on that describes a model service as one resource and handles its rollout, scaling and routing.',
  },
  {
    id: 'ray-serve',
    term: 'Ray Serve',
    group: 'serving',
    short: 'The serving library of Ray: model services written in Python that scale across a Ray cluster.',
  },

  // Training and GPU clusters
  {
    id: 'gpu',
    term: 'GPU',
    expansion: 'Graphics processing unit',
    group: 'training',
    short:
      'A processor with thousands of small cores working in parallel; it does most of the arithmetic in training and serving models.',
  },
  {
    id: 'gpu-utilisation',
    term: 'GPU utilisation',
    group: 'training',
    short: 'How busy a GPU is; the usual metric only says a kernel was running, not how much of the chip it used.',
  },
  {
    id: 'spot-capacity',
    term: 'Spot and reserved capacity',
    group: 'training',
    short:
      'Spot: cheap spare cloud machines that can be taken back at short notice. Reserved: capacity committed to in advance.',
  },
  {
    id: 'gpu-memory',
    term: 'GPU memory (HBM)',
    expansion: 'High-bandwidth memory',
    group: 'training',
    short:
      'The fast memory on the GPU card. Weights, KV cache and training state must fit in it, which usually decides the GPU count.',
  },
  {
    id: 'cuda',
    term: 'CUDA',
    group: 'training',
    short: 'NVIDIA’s platform for running general code on its GPUs; frameworks such as PyTorch use it underneath.',
  },
  {
    id: 'distributed-training',
    term: 'Distributed training',
    group: 'training',
    short: 'Training one model across many GPUs, often many machines, by splitting the data, the model or both.',
    links: [{ label: 'Training at scale', href: '/stack/training/' }],
  },
  {
    id: 'data-parallelism',
    term: 'Data parallelism',
    group: 'training',
    short:
      'Every GPU holds a copy of the model and trains on a different slice of each batch; gradients are averaged after each step.',
  },
  {
    id: 'ddp',
    term: 'DDP',
    expansion: 'DistributedDataParallel',
    group: 'training',
    short:
      'PyTorch’s data parallelism: one process per GPU, each with a full model copy, gradients averaged with all-reduce.',
  },
  {
    id: 'fsdp',
    term: 'FSDP',
    expansion: 'Fully Sharded Data Parallel',
    group: 'training',
    short:
      'PyTorch’s sharded data parallelism: weights, gradients and optimiser state split across GPUs, so bigger models fit.',
  },
  {
    id: 'zero',
    term: 'ZeRO',
    expansion: 'Zero Redundancy Optimizer',
    group: 'training',
    short:
      'DeepSpeed’s method of splitting optimiser state, gradients and weights across GPUs instead of copying them to each.',
  },
  {
    id: 'tensor-parallelism',
    term: 'Tensor parallelism',
    group: 'training',
    short:
      'Splitting each layer’s matrices across GPUs so they compute one layer together; needs very fast links such as NVLink.',
  },
  {
    id: 'pipeline-parallelism',
    term: 'Pipeline parallelism',
    group: 'training',
    short: 'Putting different layers of a model on different GPUs and passing work along them like an assembly line.',
  },
  {
    id: 'all-reduce',
    term: 'All-reduce',
    group: 'training',
    short:
      'A collective operation that sums values across all GPUs and gives every GPU the result; the heartbeat of data parallelism.',
  },
  {
    id: 'nccl',
    term: 'NCCL',
    expansion: 'NVIDIA Collective Communications Library',
    group: 'training',
    short:
      'NVIDIA’s library for moving data between GPUs (all-reduce and friends) over NVLink, PCIe, InfiniBand or Ethernet.',
  },
  {
    id: 'nvlink',
    term: 'NVLink',
    group: 'training',
    short:
      'NVIDIA’s direct GPU-to-GPU link inside a server, far faster than PCIe; NVSwitch joins many GPUs through it.',
  },
  {
    id: 'infiniband',
    term: 'InfiniBand',
    group: 'training',
    short: 'A low-latency, high-bandwidth network with RDMA, common between nodes of GPU training clusters.',
  },
  {
    id: 'rdma',
    term: 'RDMA',
    expansion: 'Remote direct memory access',
    group: 'training',
    short:
      'Reading and writing another machine’s memory without its CPU in the path; what makes InfiniBand and RoCE fast.',
  },
  {
    id: 'roce',
    term: 'RoCE',
    expansion: 'RDMA over Converged Ethernet',
    group: 'training',
    short:
      'RDMA carried over Ethernet, an alternative to InfiniBand that needs a carefully configured lossless network.',
  },
  {
    id: 'slurm',
    term: 'Slurm',
    group: 'training',
    short:
      'The batch scheduler of most supercomputers: users submit jobs, Slurm queues them and allocates whole nodes.',
  },
  {
    id: 'kueue',
    term: 'Kueue',
    group: 'training',
    short:
      'A Kubernetes job-queueing controller that decides when a batch job may start, based on quotas shared between teams.',
  },
  {
    id: 'volcano',
    term: 'Volcano',
    group: 'training',
    short: 'A batch scheduler for Kubernetes with gang scheduling and queues, aimed at AI and HPC jobs.',
  },
  {
    id: 'gang-scheduling',
    term: 'Gang scheduling',
    group: 'training',
    short:
      'Starting all the pods of a distributed job together or none of them, so a half-started job does not hold GPUs idle.',
  },
  {
    id: 'pre-emption',
    term: 'Pre-emption',
    group: 'training',
    short:
      'A scheduler stopping a running lower-priority job to free its GPUs for a more urgent one; jobs that checkpoint lose little.',
  },
  {
    id: 'ray',
    term: 'Ray',
    group: 'training',
    short:
      'An open-source framework for running Python work across a cluster, used for data processing, training and serving.',
  },
  {
    id: 'kuberay',
    term: 'KubeRay',
    group: 'training',
    short: 'The Kubernetes operator that creates and manages Ray clusters, jobs and services as Kubernetes resources.',
  },
  {
    id: 'gpu-operator',
    term: 'NVIDIA GPU Operator',
    group: 'training',
    short:
      'A Kubernetes operator that installs and manages the driver, device plugin, container toolkit and monitoring on GPU nodes.',
  },
  {
    id: 'device-plugin',
    term: 'Device plugin',
    group: 'training',
    short: 'The Kubernetes mechanism that advertises hardware such as GPUs to the scheduler, so pods can request them.',
  },
  {
    id: 'dcgm',
    term: 'DCGM',
    expansion: 'NVIDIA Data Center GPU Manager',
    group: 'training',
    short:
      'NVIDIA’s tools for GPU health checks, diagnostics and telemetry; its exporter feeds GPU metrics to Prometheus.',
  },
  {
    id: 'mig',
    term: 'MIG',
    expansion: 'Multi-Instance GPU',
    group: 'training',
    short: 'Splitting one large NVIDIA GPU into several isolated smaller GPUs, each with its own memory and compute.',
  },
  {
    id: 'time-slicing',
    term: 'GPU time-slicing',
    group: 'training',
    short:
      'Letting several pods take turns on one GPU; cheaper for small jobs, but with no memory isolation between them, unlike MIG.',
  },
  {
    id: 'xid-error',
    term: 'Xid error',
    group: 'training',
    short:
      'An error code the NVIDIA driver writes to the kernel log when a GPU misbehaves; the first thing to read on a failed node.',
  },

  // Platform tools and building blocks
  {
    id: 'docker-and-containers',
    term: 'Docker and containers',
    group: 'platform',
    short:
      'A container packages an application with all it needs so it runs the same anywhere; Docker builds and runs them.',
  },
  {
    id: 'kubernetes',
    term: 'Kubernetes',
    group: 'platform',
    short:
      'An open-source system that schedules containers across a cluster, restarts them when they fail, scales them and routes traffic.',
    body: [
      'In this guide’s judgement it is the common base of AI platforms, though many training clusters still run Slurm.',
    ],
    links: [{ label: 'kubernetes.io', href: 'https://kubernetes.io/docs/home/' }],
  },
  {
    id: 'taint-and-toleration',
    term: 'Taint and toleration',
    group: 'platform',
    short:
      'A taint on a node keeps pods away unless they carry a matching toleration; used to reserve GPU nodes for GPU work.',
  },
  {
    id: 'crashloopbackoff',
    term: 'CrashLoopBackOff',
    group: 'platform',
    short: 'A pod status: its container keeps starting and exiting, and Kubernetes waits longer before each restart.',
  },
  {
    id: 'oomkilled',
    term: 'OOMKilled',
    expansion: 'Out-of-memory killed',
    group: 'platform',
    short:
      'A container ended by the kernel for using more host memory than its limit allows, shown with exit code 137.',
  },
  {
    id: 'notready',
    term: 'NotReady',
    group: 'platform',
    short:
      'A node status: the control plane has stopped hearing from the node’s kubelet, so nothing new is scheduled there.',
  },
  {
    id: 'eks',
    term: 'EKS',
    expansion: 'Amazon Elastic Kubernetes Service',
    group: 'platform',
    short: 'Amazon Web Services’ managed Kubernetes: AWS runs the control plane, you run the nodes and workloads.',
  },
  {
    id: 'aks',
    term: 'AKS',
    expansion: 'Azure Kubernetes Service',
    group: 'platform',
    short: 'Microsoft Azure’s managed Kubernetes service.',
  },
  {
    id: 'gke',
    term: 'GKE',
    expansion: 'Google Kubernetes Engine',
    group: 'platform',
    short: 'Google Cloud’s managed Kubernetes service.',
  },
  {
    id: 'helm',
    term: 'Helm',
    group: 'platform',
    short: 'The package manager for Kubernetes: an application’s manifests bundled as a versioned, configurable chart.',
  },
  {
    id: 'operator',
    term: 'Kubernetes operator',
    group: 'platform',
    short:
      'A controller that runs a complex application on Kubernetes for you, using custom resources that describe what you want.',
  },
  {
    id: 'mlflow',
    term: 'MLflow',
    group: 'platform',
    short:
      'An open-source platform for the model lifecycle: experiment tracking, a model registry and packaging for serving.',
    links: [{ label: 'mlflow.org', href: 'https://mlflow.org/docs/latest/' }],
  },
  {
    id: 'kubeflow',
    term: 'Kubeflow',
    group: 'platform',
    short:
      'A collection of Kubernetes tools for ML: notebooks, pipelines, training operators and (through KServe) serving.',
  },
  {
    id: 'pytorch',
    term: 'PyTorch',
    group: 'platform',
    short: 'The most common framework for writing and training neural networks in Python; DDP and FSDP are part of it.',
  },
  {
    id: 'deepspeed',
    term: 'DeepSpeed',
    group: 'platform',
    short: 'A Microsoft library that adds memory-saving parallel training (ZeRO) to PyTorch.',
  },
  {
    id: 'prometheus',
    term: 'Prometheus',
    group: 'platform',
    short:
      'An open-source monitoring system that scrapes metrics from services and machines and stores them as time series.',
  },
  {
    id: 'grafana',
    term: 'Grafana',
    group: 'platform',
    short: 'An open-source tool for dashboards and alerts over metrics from Prometheus and other sources.',
  },
  {
    id: 'terraform',
    term: 'Terraform',
    group: 'platform',
    short:
      'An infrastructure-as-code tool: you describe cloud resources in files and it works out and applies the changes.',
    links: [{ label: 'terraform.io', href: 'https://developer.hashicorp.com/terraform/docs' }],
  },
  {
    id: 'object-storage',
    term: 'Object storage',
    group: 'platform',
    short:
      'Storage addressed by bucket and key over HTTP (such as Amazon S3); cheap and vast, the usual home of datasets and checkpoints.',
  },
  {
    id: 'parallel-file-system',
    term: 'Parallel file system',
    group: 'platform',
    short: 'A file system spread over many servers so thousands of clients read and write at once, such as Lustre.',
  },

  // Practices
  {
    id: 'cicd',
    term: 'CI/CD',
    expansion: 'Continuous integration and continuous delivery',
    group: 'practices',
    short: 'Every change is built and tested automatically, and releases go out through an automated pipeline.',
  },
  {
    id: 'on-call',
    term: 'On-call',
    group: 'practices',
    short: 'Taking turns to be reachable out of hours to respond to incidents in systems your team runs.',
  },
  {
    id: 'star-method',
    term: 'STAR method',
    expansion: 'Situation, task, action, result',
    group: 'practices',
    short:
      'A four-part shape for answering behavioural interview questions: what the situation was, your task, what you did, and the result.',
    links: [{ label: 'Interviews', href: '/hiring/interviews/#behavioural-questions-for-a-switcher' }],
  },
  {
    id: 'gitops',
    term: 'GitOps',
    group: 'practices',
    short:
      'Keeping the desired state of clusters in Git and letting a controller (such as Argo CD) apply whatever is merged.',
  },
  {
    id: 'infrastructure-as-code',
    term: 'Infrastructure as code',
    group: 'practices',
    short:
      'Defining servers, networks, clusters and permissions in version-controlled files instead of clicking through consoles.',
  },
  {
    id: 'observability',
    term: 'Observability',
    group: 'practices',
    short:
      'Telling what a system is doing from outside through metrics, logs and traces; for AI it adds GPU use and output quality.',
  },
  {
    id: 'slo',
    term: 'SLO',
    expansion: 'Service-level objective',
    group: 'practices',
    short: 'A target for a service’s reliability or speed, such as the share of requests answered within a time limit.',
  },
  {
    id: 'finops',
    term: 'FinOps',
    group: 'practices',
    short: 'Managing cloud spend as an engineering practice: costs traced to teams, budgets, and waste removed.',
  },

  // Pay, levels and credentials
  {
    id: 'base',
    term: 'Base salary',
    group: 'pay',
    short: 'The fixed cash part of pay, before bonus and equity. Many pay surveys quote only this.',
    links: [{ label: 'Pay', href: '/pay/' }],
  },
  {
    id: 'tc',
    term: 'TC',
    expansion: 'Total compensation',
    group: 'pay',
    short:
      'Everything an employer pays in a year: base salary, bonus and the yearly value of equity. Often far above base at large firms.',
    links: [{ label: 'Pay', href: '/pay/' }],
  },
  {
    id: 'equity',
    term: 'Equity',
    group: 'pay',
    short:
      'Part-ownership of the employer given as pay, as shares or options that vest over time; worth a lot or nothing.',
    body: [
      'At the best-paying companies, a senior engineer’s total pay can go beyond the usual salary range, particularly when equity is part of the package',
      { cite: 'pay-senior-equity' },
      '.',
    ],
    links: [{ label: 'Pay', href: '/pay/' }],
  },
  {
    id: 'rsu',
    term: 'RSU',
    expansion: 'Restricted stock unit',
    group: 'pay',
    short:
      'A promise of company shares that become yours on a vesting schedule; the usual form of equity at listed companies.',
  },
  {
    id: 'vesting',
    term: 'Vesting',
    group: 'pay',
    short:
      'The schedule on which granted equity becomes yours, often spread over several years; leave early and the rest lapses.',
  },
  {
    id: 'bonus',
    term: 'Bonus',
    group: 'pay',
    short: 'Cash paid on top of base salary, usually yearly and tied to company or personal results; not guaranteed.',
  },
  {
    id: 'levelling',
    term: 'Levelling',
    group: 'pay',
    short:
      'Where an employer places you on its career ladder when hiring; it sets the pay band more than the job title does.',
  },
  {
    id: 'down-levelling',
    term: 'Down-levelling',
    group: 'pay',
    short:
      'Being offered a lower level than the one you interviewed for, which lowers the pay band and can slow later promotion.',
    links: [{ label: 'Levelling in interviews', href: '/hiring/interviews/#levelling' }],
  },
  {
    id: 'staff-engineer',
    term: 'Staff engineer',
    group: 'pay',
    short:
      'A level above senior: leads technical direction across several teams and writes the designs others build on.',
    links: [{ label: 'The career ladder', href: '/career/' }],
  },
  {
    id: 'principal-engineer',
    term: 'Principal engineer',
    group: 'pay',
    short: 'A level above staff, setting technical direction for a large part of an organisation or the whole of it.',
    body: [
      'The source article reports that senior AI infrastructure engineers commonly make the step to staff or principal within',
      { figure: 'ladder-staff' },
      '.',
    ],
  },
  {
    id: 'consulting-and-day-rates',
    term: 'Consulting and day rates',
    group: 'pay',
    short: 'Independent consultants sell time to several clients, quoted by the hour or day; a rate is not a salary.',
    body: [
      'Some AI infrastructure consultants charge',
      { figure: 'pay-consulting' },
      '. Unbilled time, business costs and missing benefits all come out of a rate.',
    ],
    links: [{ label: 'Consulting on the career page', href: '/career/#independent-consulting' }],
  },
  {
    id: 'cka',
    term: 'CKA',
    expansion: 'Certified Kubernetes Administrator',
    group: 'pay',
    short: 'The CNCF’s hands-on exam in running and repairing Kubernetes clusters.',
    links: [{ label: 'Certifications', href: '/projects/certifications/' }],
  },
  {
    id: 'ckad',
    term: 'CKAD',
    expansion: 'Certified Kubernetes Application Developer',
    group: 'pay',
    short: 'The CNCF’s hands-on exam in deploying and configuring applications on Kubernetes.',
    links: [{ label: 'Certifications', href: '/projects/certifications/' }],
  },
  {
    id: 'cks',
    term: 'CKS',
    expansion: 'Certified Kubernetes Security Specialist',
    group: 'pay',
    short: 'The CNCF’s hands-on exam in securing Kubernetes clusters and workloads; it requires a current CKA.',
    links: [{ label: 'Certifications', href: '/projects/certifications/' }],
  },
  {
    id: 'nca-aiio',
    term: 'NCA-AIIO',
    expansion: 'NVIDIA-Certified Associate: AI Infrastructure and Operations',
    group: 'pay',
    short:
      'NVIDIA’s introductory multiple-choice exam on the hardware, networking and operations that AI workloads run on.',
    links: [{ label: 'Certifications', href: '/projects/certifications/' }],
  },
];

/** Validates every entry and that ids are unique; throws naming the first problem. */
export function validateGlossary(raw: readonly unknown[]): GlossaryEntry[] {
  const seen = new Set<string>();
  return raw.map((item, index) => {
    const result = glossaryEntrySchema.safeParse(item);
    if (!result.success) {
      const itemId = (item as { id?: unknown } | null)?.id;
      throw new Error(
        `Invalid glossary entry ${typeof itemId === 'string' ? `"${itemId}"` : `#${index}`}: ${z.prettifyError(result.error)}`,
      );
    }
    if (seen.has(result.data.id)) throw new Error(`Duplicate glossary id "${result.data.id}"`);
    seen.add(result.data.id);
    return result.data;
  });
}

// Validated on first import, so a bad entry fails the build.
export const glossary: readonly GlossaryEntry[] = validateGlossary(entries);

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

export function getGlossaryEntry(termId: string): GlossaryEntry {
  const entry = byId.get(termId);
  if (!entry) throw new Error(`Unknown glossary id "${termId}": add it to src/data/glossary.ts`);
  return entry;
}
