import type { FactInput, SourceInput } from '../schema';

/** Sources and facts first used by the stack chapters (see src/data/schema.ts for the rules). */
export const sources = [
  {
    id: 'stack-hf-memory',
    kind: 'official-docs',
    publisher: 'Hugging Face',
    title: 'GPU memory usage (Transformers documentation, v5.14.0)',
    year: null,
    url: 'https://huggingface.co/docs/transformers/v5.14.0/model_memory_anatomy',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What occupies GPU memory in training, from the maintainers of the most used model library.',
    limits: 'One library’s accounting; other frameworks keep different copies, so bytes per parameter vary.',
  },
  {
    id: 'stack-ultrascale-playbook',
    kind: 'vendor',
    publisher: 'Hugging Face (nanotron team)',
    title: 'The Ultra-Scale Playbook: training LLMs on GPU clusters (page source, shown in a proposed change)',
    year: 2025,
    url: 'https://huggingface.co/spaces/nanotron/ultrascale-playbook/discussions/101/files',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'A byte-by-byte account of what mixed-precision training with Adam keeps in memory.',
    limits:
      'Read in the page source shown by a proposed edit, not the rendered book; the quoted sentences are in the unchanged text.',
  },
  {
    id: 'stack-tgi-pagedattention',
    kind: 'official-docs',
    publisher: 'Hugging Face',
    title: 'PagedAttention (Text Generation Inference documentation)',
    year: null,
    url: 'https://huggingface.co/docs/text-generation-inference/conceptual/paged_attention',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What the KV cache is and why paging it lets a server batch more requests.',
    limits: 'A project’s own explanation of a technique it uses; no measurements.',
  },
  {
    id: 'stack-nvidia-gpu-operator',
    kind: 'official-docs',
    publisher: 'NVIDIA',
    title: 'About the NVIDIA GPU Operator',
    year: null,
    url: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What the GPU Operator installs and manages on Kubernetes GPU nodes.',
    limits: 'The vendor’s description of its own product.',
  },
  {
    id: 'stack-nvidia-nccl',
    kind: 'official-docs',
    publisher: 'NVIDIA',
    title: 'NCCL Overview (NCCL release notes)',
    year: null,
    url: 'https://docs.nvidia.com/deeplearning/nccl/release-notes/overview.html',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What NCCL does and which interconnects it runs over.',
    limits: 'The vendor’s description of its own library; no performance figures are used from it.',
  },
  {
    id: 'stack-nvidia-dcgm',
    kind: 'official-docs',
    publisher: 'NVIDIA',
    title: 'NVIDIA DCGM Documentation',
    year: null,
    url: 'https://docs.nvidia.com/data-center-gpu-manager-dcgm/',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What DCGM is for: observing, managing and validating data-centre GPUs.',
    limits: 'The vendor’s description of its own tools.',
  },
  {
    id: 'stack-rapids-mig',
    kind: 'official-docs',
    publisher: 'RAPIDS (NVIDIA)',
    title: 'Multi-Instance GPU (MIG): RAPIDS deployment documentation',
    year: null,
    url: 'https://docs.rapids.ai/deployment/stable/guides/mig',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'What MIG does, and the limit that matters for training: no NVLink between MIG instances.',
    limits: 'Written for RAPIDS users; NVIDIA’s MIG user guide is the full reference.',
  },
  {
    id: 'stack-cncf-survey-2026',
    kind: 'vendor',
    publisher: 'Cloud Native Computing Foundation (CNCF)',
    title: 'Kubernetes fuels AI growth; organizational culture remains the decisive factor',
    year: 2026,
    url: 'https://www.cncf.io/blog/2026/01/20/kubernetes-fuels-ai-growth-organizational-culture-remains-the-decisive-factor',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor: 'How widely organisations run Kubernetes, and AI inference on it, from the CNCF annual survey.',
    limits:
      'The foundation that hosts Kubernetes reporting on its own community’s survey; respondents are self-selected.',
  },
] as const satisfies readonly SourceInput[];

export const facts = [
  {
    id: 'stack-train-memory-example',
    kind: 'claim',
    source: 'stack-hf-memory',
    statement:
      'Hugging Face’s documentation puts training a 4-billion-parameter model in mixed precision at batch size 16 at roughly 85 GB of GPU memory.',
    quote:
      'Training a 4B parameter model in mixed precision on a batch size of 16 requires roughly 85GB of GPU memory.',
  },
  {
    id: 'stack-mixed-precision-bytes',
    kind: 'claim',
    source: 'stack-ultrascale-playbook',
    statement:
      'Mixed-precision training keeps 16-bit weights and gradients plus FP32 copies of them: 12 bytes per parameter before the optimiser.',
    quote:
      'requiring 2 bytes per parameter and gradient– as well as an additional copy of the model weights and gradients in FP32, thus 12 bytes per parameter in total.',
  },
  {
    id: 'stack-adam-bytes',
    kind: 'claim',
    source: 'stack-ultrascale-playbook',
    statement: 'Adam keeps two FP32 numbers per parameter, momentum and variance: 8 more bytes per parameter.',
    quote:
      'for the Adam optimizer, this requires the momentum and the variance usually stored in FP32 for numerical stability, each using 4 bytes.',
  },
  {
    id: 'stack-kv-cache',
    kind: 'claim',
    source: 'stack-tgi-pagedattention',
    statement:
      'While generating, a server keeps the attention keys and values of earlier tokens in GPU memory: the KV cache.',
    quote:
      'all the attention keys and values generated for previous tokens are stored in GPU memory for reuse. This is called KV cache',
  },
  {
    id: 'stack-paged-batches',
    kind: 'claim',
    source: 'stack-tgi-pagedattention',
    statement: 'Managing the KV cache in blocks uses memory better, so more requests can be batched.',
    quote:
      'The memory efficiency can increase GPU utilization on memory-bound workloads, so more inference batches can be supported.',
  },
  {
    id: 'stack-gpu-operator',
    kind: 'claim',
    source: 'stack-nvidia-gpu-operator',
    statement: 'The GPU Operator automates the NVIDIA software a Kubernetes GPU node needs.',
    quote:
      'The NVIDIA GPU Operator uses the operator framework within Kubernetes to automate the management of all NVIDIA software components needed to provision GPU.',
  },
  {
    id: 'stack-nccl-interconnects',
    kind: 'claim',
    source: 'stack-nvidia-nccl',
    statement: 'NCCL runs collectives within and across nodes over PCIe, NVLink, InfiniBand and IP sockets.',
    quote:
      'NCCL provides fast collectives over multiple GPUs both within and across nodes. It supports a variety of interconnect technologies including PCIe, NVLink™ , InfiniBand Verbs, and IP sockets.',
  },
  {
    id: 'stack-dcgm-scope',
    kind: 'claim',
    source: 'stack-nvidia-dcgm',
    statement: 'DCGM is NVIDIA’s set of libraries and tools for observing, managing and validating data-centre GPUs.',
    quote:
      'NVIDIA Data Center GPU Manager (DCGM) provides libraries and tools for observing, managing, validating, and integrating NVIDIA data-center accelerators.',
  },
  {
    id: 'stack-mig-partition',
    kind: 'claim',
    source: 'stack-rapids-mig',
    statement: 'MIG splits one GPU into instances that each behave as an independent GPU.',
    quote:
      'Multi-Instance GPU is a technology that allows partitioning a single GPU into multiple instances, making each one seem as a completely independent GPU.',
  },
  {
    id: 'stack-mig-no-nvlink',
    kind: 'claim',
    source: 'stack-rapids-mig',
    statement: 'MIG instances cannot use NVLink or NVSwitch, so communication between them is slow.',
    quote: 'When using MIG, NVLink and NVSwitch are thus completely unavailable',
  },
  {
    id: 'stack-k8s-inference',
    kind: 'claim',
    source: 'stack-cncf-survey-2026',
    statement:
      'The CNCF’s survey found most container users run Kubernetes in production, and most AI adopters use it to scale inference.',
    quote:
      'Production usage of Kubernetes now stands at 82% among container users, and 66% of AI adopters are using it to scale inference workloads.',
  },
  {
    id: 'stack-few-train',
    kind: 'claim',
    source: 'stack-cncf-survey-2026',
    statement: 'The CNCF’s survey found few organisations deploy models daily, and over half train no models at all.',
    quote:
      'The 2025 data found that only 7% of organizations deploy AI models daily, and over half don’t train models at all.',
  },
] as const satisfies readonly FactInput[];
