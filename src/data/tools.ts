import { z } from 'astro/zod';

/**
 * The tool map: every tool the guide names, what it is for, the chapter that covers it and
 * its official documentation. The reference/tools page renders this list; chapters link each
 * tool to the same address at its first use.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const toolCategories = {
  cluster: 'Clusters and containers',
  gpu: 'GPUs and the network',
  scheduling: 'Scheduling and training',
  serving: 'Serving and inference',
  mlops: 'Model lifecycle and pipelines',
  cloud: 'Clouds and managed services',
  delivery: 'Infrastructure as code and delivery',
  observe: 'Monitoring',
  data: 'Data tools',
} as const;

export type ToolCategory = keyof typeof toolCategories;

export const toolSchema = z.strictObject({
  id,
  name: z.string().min(2),
  category: z.enum(Object.keys(toolCategories) as [ToolCategory, ...ToolCategory[]]),
  purpose: z.string().min(20).max(160),
  docsUrl: z.url({ protocol: /^https$/ }),
  /** The page that covers the tool, as a site slug without slashes ("stack/serving"). */
  chapter: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/),
});

export type Tool = z.output<typeof toolSchema>;

const entries: Tool[] = [
  // Clusters and containers
  {
    id: 'docker',
    name: 'Docker',
    category: 'cluster',
    purpose: 'Build and run container images for training and serving code.',
    docsUrl: 'https://docs.docker.com/',
    chapter: 'role',
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes',
    category: 'cluster',
    purpose: 'Schedule containers across a cluster; the base most AI platforms in this guide build on.',
    docsUrl: 'https://kubernetes.io/docs/home/',
    chapter: 'skills',
  },
  {
    id: 'helm',
    name: 'Helm',
    category: 'cluster',
    purpose: 'Package and install Kubernetes applications as versioned charts.',
    docsUrl: 'https://helm.sh/docs/',
    chapter: 'skills',
  },
  {
    id: 'kind',
    name: 'kind',
    category: 'cluster',
    purpose: 'Run a throwaway Kubernetes cluster in Docker on a laptop, for learning and tests.',
    docsUrl: 'https://kind.sigs.k8s.io/',
    chapter: 'skills',
  },
  {
    id: 'minikube',
    name: 'minikube',
    category: 'cluster',
    purpose: 'Run a single-node Kubernetes cluster locally.',
    docsUrl: 'https://minikube.sigs.k8s.io/docs/',
    chapter: 'skills',
  },
  {
    id: 'jobset',
    name: 'JobSet',
    category: 'cluster',
    purpose: 'Run a group of Kubernetes Jobs as one unit, such as the workers of a distributed training run.',
    docsUrl: 'https://jobset.sigs.k8s.io/docs/',
    chapter: 'stack/training',
  },
  {
    id: 'hpa',
    name: 'Horizontal Pod Autoscaler',
    category: 'cluster',
    purpose: 'Kubernetes’ built-in scaling of replicas on CPU, memory or custom metrics.',
    docsUrl: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
    chapter: 'stack/serving',
  },

  // GPUs and the network
  {
    id: 'gpu-operator',
    name: 'NVIDIA GPU Operator',
    category: 'gpu',
    purpose: 'Install and manage drivers, device plugin, container toolkit and monitoring on Kubernetes GPU nodes.',
    docsUrl: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/',
    chapter: 'stack/training',
  },
  {
    id: 'container-toolkit',
    name: 'NVIDIA Container Toolkit',
    category: 'gpu',
    purpose: 'Let containers use the host’s NVIDIA GPUs and driver.',
    docsUrl: 'https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/',
    chapter: 'stack/training',
  },
  {
    id: 'cuda',
    name: 'CUDA',
    category: 'gpu',
    purpose: 'NVIDIA’s platform and libraries for running general code on its GPUs; frameworks build on it.',
    docsUrl: 'https://docs.nvidia.com/cuda/',
    chapter: 'stack/ml-basics',
  },
  {
    id: 'nvidia-smi',
    name: 'nvidia-smi',
    category: 'gpu',
    purpose: 'The command-line tool that shows each GPU’s memory, use, temperature and processes.',
    docsUrl: 'https://docs.nvidia.com/deploy/nvidia-smi/index.html',
    chapter: 'stack/ml-basics',
  },
  {
    id: 'dcgm',
    name: 'NVIDIA DCGM and DCGM Exporter',
    category: 'gpu',
    purpose: 'GPU health checks, diagnostics and telemetry; the exporter publishes GPU metrics to Prometheus.',
    docsUrl: 'https://docs.nvidia.com/datacenter/dcgm/latest/',
    chapter: 'stack/training',
  },
  {
    id: 'mig',
    name: 'NVIDIA Multi-Instance GPU (MIG)',
    category: 'gpu',
    purpose: 'Split one large GPU into isolated smaller GPUs for small jobs and inference.',
    docsUrl: 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/',
    chapter: 'stack/training',
  },
  {
    id: 'nccl',
    name: 'NCCL',
    category: 'gpu',
    purpose: 'Move data between GPUs for distributed training (all-reduce and other collectives).',
    docsUrl: 'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/',
    chapter: 'stack/training',
  },
  {
    id: 'nccl-tests',
    name: 'nccl-tests',
    category: 'gpu',
    purpose: 'Benchmarks that measure the bandwidth NCCL collectives reach across a set of GPUs.',
    docsUrl: 'https://github.com/NVIDIA/nccl-tests',
    chapter: 'stack/training',
  },

  // Scheduling and training
  {
    id: 'slurm',
    name: 'Slurm',
    category: 'scheduling',
    purpose: 'Queue batch jobs and allocate whole nodes on HPC-style training clusters.',
    docsUrl: 'https://slurm.schedmd.com/documentation.html',
    chapter: 'stack/training',
  },
  {
    id: 'kueue',
    name: 'Kueue',
    category: 'scheduling',
    purpose: 'Queue Kubernetes batch jobs and admit them against quotas shared between teams.',
    docsUrl: 'https://kueue.sigs.k8s.io/docs/',
    chapter: 'stack/training',
  },
  {
    id: 'volcano',
    name: 'Volcano',
    category: 'scheduling',
    purpose: 'Batch scheduling for Kubernetes with gang scheduling and queues.',
    docsUrl: 'https://volcano.sh/en/docs/',
    chapter: 'stack/training',
  },
  {
    id: 'ray',
    name: 'Ray',
    category: 'scheduling',
    purpose: 'Run Python work (data processing, training, tuning, serving) across a cluster.',
    docsUrl: 'https://docs.ray.io/en/latest/',
    chapter: 'stack/training',
  },
  {
    id: 'kuberay',
    name: 'KubeRay',
    category: 'scheduling',
    purpose: 'Create and manage Ray clusters and jobs as Kubernetes resources.',
    docsUrl: 'https://docs.ray.io/en/latest/cluster/kubernetes/index.html',
    chapter: 'stack/training',
  },
  {
    id: 'pytorch',
    name: 'PyTorch',
    category: 'scheduling',
    purpose: 'Write and train models; its DDP and FSDP modules spread training over many GPUs.',
    docsUrl: 'https://docs.pytorch.org/docs/stable/',
    chapter: 'stack/ml-basics',
  },
  {
    id: 'deepspeed',
    name: 'DeepSpeed',
    category: 'scheduling',
    purpose: 'Memory-saving distributed training for PyTorch (ZeRO).',
    docsUrl: 'https://www.deepspeed.ai/',
    chapter: 'stack/training',
  },
  {
    id: 'torchrun',
    name: 'torchrun',
    category: 'scheduling',
    purpose: 'PyTorch’s launcher for distributed jobs, which can restart failed workers from a checkpoint.',
    docsUrl: 'https://docs.pytorch.org/docs/stable/elastic/run.html',
    chapter: 'stack/training',
  },
  {
    id: 'safetensors',
    name: 'safetensors',
    category: 'scheduling',
    purpose: 'A safe, fast file format for model weights that loads without running code.',
    docsUrl: 'https://huggingface.co/docs/safetensors/',
    chapter: 'stack/ml-basics',
  },

  // Serving and inference
  {
    id: 'vllm',
    name: 'vLLM',
    category: 'serving',
    purpose: 'Serve LLMs with PagedAttention and continuous batching behind an OpenAI-style API.',
    docsUrl: 'https://docs.vllm.ai/',
    chapter: 'stack/serving',
  },
  {
    id: 'tgi',
    name: 'Text Generation Inference (TGI)',
    category: 'serving',
    purpose: 'Hugging Face’s server for text-generation models.',
    docsUrl: 'https://huggingface.co/docs/text-generation-inference/',
    chapter: 'stack/serving',
  },
  {
    id: 'triton',
    name: 'NVIDIA Triton Inference Server',
    category: 'serving',
    purpose: 'Serve models from many frameworks with dynamic batching and several models per GPU.',
    docsUrl: 'https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/',
    chapter: 'stack/serving',
  },
  {
    id: 'kserve',
    name: 'KServe',
    category: 'serving',
    purpose: 'Describe a model service on Kubernetes as one resource, with rollout, scaling and routing.',
    docsUrl: 'https://kserve.github.io/website/',
    chapter: 'stack/serving',
  },
  {
    id: 'ray-serve',
    name: 'Ray Serve',
    category: 'serving',
    purpose: 'Serve Python models and pipelines that scale across a Ray cluster.',
    docsUrl: 'https://docs.ray.io/en/latest/serve/index.html',
    chapter: 'stack/serving',
  },
  {
    id: 'keda',
    name: 'KEDA',
    category: 'serving',
    purpose: 'Scale Kubernetes workloads on event and queue metrics, including down to zero.',
    docsUrl: 'https://keda.sh/docs/',
    chapter: 'stack/serving',
  },

  // Model lifecycle and pipelines
  {
    id: 'mlflow',
    name: 'MLflow',
    category: 'mlops',
    purpose: 'Track experiments, register model versions and package models for serving.',
    docsUrl: 'https://mlflow.org/docs/latest/',
    chapter: 'skills',
  },
  {
    id: 'kubeflow',
    name: 'Kubeflow',
    category: 'mlops',
    purpose: 'Notebooks, pipelines and training operators for ML on Kubernetes.',
    docsUrl: 'https://www.kubeflow.org/docs/',
    chapter: 'skills',
  },
  {
    id: 'argo-workflows',
    name: 'Argo Workflows',
    category: 'mlops',
    purpose: 'Run multi-step pipelines as containers on Kubernetes.',
    docsUrl: 'https://argo-workflows.readthedocs.io/en/latest/',
    chapter: 'skills',
  },
  {
    id: 'airflow',
    name: 'Apache Airflow',
    category: 'mlops',
    purpose: 'Schedule and orchestrate data and ML pipelines written in Python.',
    docsUrl: 'https://airflow.apache.org/docs/',
    chapter: 'skills',
  },

  // Clouds and managed services
  {
    id: 'eks',
    name: 'Amazon EKS',
    category: 'cloud',
    purpose: 'Managed Kubernetes on AWS.',
    docsUrl: 'https://docs.aws.amazon.com/eks/',
    chapter: 'skills',
  },
  {
    id: 'aks',
    name: 'Azure Kubernetes Service (AKS)',
    category: 'cloud',
    purpose: 'Managed Kubernetes on Microsoft Azure.',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/aks/',
    chapter: 'skills',
  },
  {
    id: 'gke',
    name: 'Google Kubernetes Engine (GKE)',
    category: 'cloud',
    purpose: 'Managed Kubernetes on Google Cloud.',
    docsUrl: 'https://cloud.google.com/kubernetes-engine/docs',
    chapter: 'skills',
  },
  {
    id: 'sagemaker',
    name: 'Amazon SageMaker AI',
    category: 'cloud',
    purpose: 'AWS’s managed service for training, tuning and hosting models.',
    docsUrl: 'https://docs.aws.amazon.com/sagemaker/',
    chapter: 'skills',
  },
  {
    id: 'vertex-ai',
    name: 'Vertex AI',
    category: 'cloud',
    purpose: 'Google Cloud’s managed platform for training and serving models.',
    docsUrl: 'https://cloud.google.com/vertex-ai/docs',
    chapter: 'skills',
  },
  {
    id: 'azure-ml',
    name: 'Azure Machine Learning',
    category: 'cloud',
    purpose: 'Microsoft Azure’s managed service for training and deploying models.',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/machine-learning/',
    chapter: 'skills',
  },
  {
    id: 'fsx-lustre',
    name: 'Amazon FSx for Lustre',
    category: 'cloud',
    purpose: 'A managed parallel file system that feeds training data and takes checkpoints fast.',
    docsUrl: 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/what-is.html',
    chapter: 'stack/training',
  },

  // Infrastructure as code and delivery
  {
    id: 'terraform',
    name: 'Terraform',
    category: 'delivery',
    purpose: 'Describe cloud resources in files and apply the changes.',
    docsUrl: 'https://developer.hashicorp.com/terraform/docs',
    chapter: 'skills',
  },
  {
    id: 'ansible',
    name: 'Ansible',
    category: 'delivery',
    purpose: 'Configure machines with declarative playbooks over SSH.',
    docsUrl: 'https://docs.ansible.com/',
    chapter: 'role/adjacent-roles',
  },
  {
    id: 'argo-cd',
    name: 'Argo CD',
    category: 'delivery',
    purpose: 'Keep Kubernetes clusters in step with manifests in Git (GitOps).',
    docsUrl: 'https://argo-cd.readthedocs.io/en/stable/',
    chapter: 'skills',
  },
  {
    id: 'github-actions',
    name: 'GitHub Actions',
    category: 'delivery',
    purpose: 'Build, test and release from a GitHub repository.',
    docsUrl: 'https://docs.github.com/en/actions',
    chapter: 'skills',
  },
  {
    id: 'gitlab-ci',
    name: 'GitLab CI/CD',
    category: 'delivery',
    purpose: 'Build, test and release from a GitLab repository.',
    docsUrl: 'https://docs.gitlab.com/ci/',
    chapter: 'skills',
  },

  // Monitoring
  {
    id: 'prometheus',
    name: 'Prometheus',
    category: 'observe',
    purpose: 'Collect and query metrics from services, nodes and GPUs.',
    docsUrl: 'https://prometheus.io/docs/introduction/overview/',
    chapter: 'role',
  },
  {
    id: 'grafana',
    name: 'Grafana',
    category: 'observe',
    purpose: 'Dashboards and alerts over Prometheus and other data.',
    docsUrl: 'https://grafana.com/docs/grafana/latest/',
    chapter: 'stack/training',
  },

  // Data tools
  {
    id: 'spark',
    name: 'Apache Spark',
    category: 'data',
    purpose: 'Process large datasets in parallel; often prepares training data.',
    docsUrl: 'https://spark.apache.org/docs/latest/',
    chapter: 'role/adjacent-roles',
  },
  {
    id: 'dbt',
    name: 'dbt',
    category: 'data',
    purpose: 'Transform data inside a warehouse with tested SQL models.',
    docsUrl: 'https://docs.getdbt.com/',
    chapter: 'role/adjacent-roles',
  },
];

/** Validates every tool and that ids and names are unique; throws naming the first problem. */
export function validateTools(raw: readonly unknown[]): Tool[] {
  const ids = new Set<string>();
  return raw.map((item, index) => {
    const result = toolSchema.safeParse(item);
    if (!result.success) {
      const itemId = (item as { id?: unknown } | null)?.id;
      throw new Error(
        `Invalid tool ${typeof itemId === 'string' ? `"${itemId}"` : `#${index}`}: ${z.prettifyError(result.error)}`,
      );
    }
    if (ids.has(result.data.id)) throw new Error(`Duplicate tool id "${result.data.id}"`);
    ids.add(result.data.id);
    return result.data;
  });
}

export const tools: readonly Tool[] = validateTools(entries);

const byId = new Map(tools.map((tool) => [tool.id, tool]));

/** A tool by id, for links to its documentation in chapters. */
export function getTool(toolId: string): Tool {
  const tool = byId.get(toolId);
  if (!tool) throw new Error(`Unknown tool id "${toolId}": add it to src/data/tools.ts`);
  return tool;
}
