import { join } from 'node:path';
import { UserError } from '../../core/errors.js';
import { confinePath, displayPath, writeFileAtomic } from '../../core/files.js';
import { code, table } from '../../core/markdown.js';
import type { Platform } from '../../platform/platform.js';
import { gpuOutcome } from '../figures.js';
import type { StepResult } from '../step.js';
import { detectGpus, type Gpu, type GpuReport, type RunTool } from './detect.js';
import type { GpuInputs } from './step.js';

/** Compares dotted versions numerically (`535.104.05` vs `535.54`); negative when a < b. */
export function compareVersions(a: string, b: string): number {
  // Leading numeric parts only: kernel-style driver versions carry suffixes (`6.8.0-48-generic`).
  const parts = (v: string) => (/^[\d.]+/.exec(v)?.[0] ?? '0').split('.').filter(Boolean).map(Number);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const gib = (mib: number) => `${(mib / 1024).toFixed(1)} GiB`;

/** Why one GPU does not meet the per-GPU requirements, or nothing when it does. */
function gpuShortfalls(gpu: Gpu, inputs: GpuInputs): string[] {
  const out: string[] = [];
  if (
    inputs.gpuName &&
    !new RegExp(
      `^${inputs.gpuName
        .split('*')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    ).test(gpu.name)
  )
    out.push(`name does not match '${inputs.gpuName}'`);
  // nvidia-smi reports usable memory, a little under the size a card is sold as (81559 MiB on an "80GB"
  // H100): 3% of slack keeps `80GiB` meaning what users mean.
  if (inputs.minMemory !== undefined && !(gpu.memoryMiB > 0)) out.push('memory unknown');
  else if (inputs.minMemory !== undefined && gpu.memoryMiB < inputs.minMemory * 0.97) out.push(`${gib(gpu.memoryMiB)} < ${gib(inputs.minMemory)}`);
  if (inputs.minComputeCapability) {
    if (!gpu.computeCapability) out.push('compute capability unknown (driver too old to report it)');
    else if (compareVersions(gpu.computeCapability, inputs.minComputeCapability) < 0) out.push(`compute capability ${gpu.computeCapability} < ${inputs.minComputeCapability}`);
  }
  return out;
}

/** The machine-level requirements (driver, CUDA) that fail. */
function machineShortfalls(report: GpuReport, inputs: GpuInputs): string[] {
  const out: string[] = [];
  if (inputs.minDriver && (!report.driverVersion || compareVersions(report.driverVersion, inputs.minDriver) < 0))
    out.push(`driver ${report.driverVersion ?? 'unknown'} < ${inputs.minDriver}`);
  if (inputs.minCuda && (!report.cudaVersion || compareVersions(report.cudaVersion, inputs.minCuda) < 0))
    out.push(`CUDA ${report.cudaVersion ?? 'unknown'} (what the driver supports) < ${inputs.minCuda}`);
  return out;
}

/**
 * Mode `verify`: finds the GPUs, checks them against the requirements, selects them and exports
 * `CUDA_VISIBLE_DEVICES` (by UUID, stable across reboots and containers) for the rest of the job, and
 * writes `gpu-info.json` for train-model's run record. Everything found is listed when a requirement fails.
 */
export async function verify(platform: Platform, inputs: GpuInputs, probe: { run?: RunTool; inContainer?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<StepResult> {
  const report = await detectGpus(probe.run, probe.inContainer);
  // A runner that shares a machine may already limit its jobs to some GPUs: never hand out the others.
  const env = probe.env ?? process.env;
  const limit = report.vendor === 'amd' ? env.ROCR_VISIBLE_DEVICES : env.CUDA_VISIBLE_DEVICES;
  if (limit !== undefined && report.gpus.length > 0) {
    const allowed = limit
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const visible = report.gpus.filter((g) => allowed.includes(g.uuid) || allowed.includes(String(g.index)));
    platform.log.info(
      `setup-gpu-runner: ${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}' was set for this job: considering ${visible.length} of the ${report.gpus.length} GPUs`,
    );
    report.gpus = visible;
    if (visible.length === 0) report.problem = `this job was given no GPU (${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}')`;
  }
  const workspace = platform.context.workspace;
  const infoPath = join(await confinePath(workspace, inputs.output, "setup-gpu-runner: input 'output'"), 'gpu-info.json');

  if (report.gpus.length === 0) {
    if (!inputs.allowCpu || inputs.minGpus > 1)
      throw new UserError(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}${inputs.allowCpu ? '' : " (set 'allow-cpu: true' to run on CPU instead)"}`);
    platform.log.warning(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}; continuing on CPU (allow-cpu)`);
    return finish(platform, report, [], infoPath, workspace);
  }
  let candidates = report.gpus;
  if (inputs.gpus.length > 0) {
    candidates = [...new Set(inputs.gpus)].map((id) => {
      const gpu = report.gpus.find((g) => String(g.index) === id || g.uuid === id);
      if (!gpu) throw new UserError(`setup-gpu-runner: input 'gpus': no GPU '${id}' here; found ${report.gpus.map((g) => `#${g.index} ${g.uuid}`).join(', ')}`);
      return gpu;
    });
  }
  const fitting = candidates.filter((g) => gpuShortfalls(g, inputs).length === 0);
  const selected = fitting.slice(0, inputs.count || fitting.length);
  const machine = machineShortfalls(report, inputs);
  const needed = Math.max(inputs.minGpus, inputs.count);
  if (selected.length < needed || machine.length > 0) {
    const found = report.gpus.map((g) => {
      const why = gpuShortfalls(g, inputs);
      return `#${g.index} ${g.name} (${gib(g.memoryMiB)}${g.computeCapability ? `, compute ${g.computeCapability}` : ''})${why.length ? `: ${why.join(', ')}` : ': ok'}`;
    });
    const wanted = [
      `${needed} GPU${needed === 1 ? '' : 's'}`,
      inputs.gpuName && `named '${inputs.gpuName}'`,
      inputs.minMemory !== undefined && `with ≥ ${gib(inputs.minMemory)}`,
      inputs.minComputeCapability && `compute ≥ ${inputs.minComputeCapability}`,
    ]
      .filter(Boolean)
      .join(' ');
    throw new UserError(
      `setup-gpu-runner: this machine does not meet the requirements: wanted ${wanted}${machine.length ? `; ${machine.join('; ')}` : ''}. Found ${report.gpus.length} (driver ${report.driverVersion ?? '?'}, CUDA ${report.cudaVersion ?? '?'}): ${found.join('; ')}`,
    );
  }
  // CUDA's minor-version compatibility runs a 12.6 toolkit on a 12.4 driver; a newer major needs a newer driver.
  if (report.toolkitCudaVersion && report.cudaVersion && compareVersions(report.toolkitCudaVersion.split('.')[0] as string, report.cudaVersion.split('.')[0] as string) > 0) {
    platform.log.warning(
      `setup-gpu-runner: the CUDA toolkit here (${report.toolkitCudaVersion}) is newer than the driver supports (${report.cudaVersion}): CUDA programs built with it fail with "driver version is insufficient" unless the image ships NVIDIA's forward-compatibility package; use an image for CUDA ${report.cudaVersion} or a newer host driver`,
    );
  }
  return finish(platform, report, selected, infoPath, workspace);
}

async function finish(platform: Platform, report: GpuReport, selected: Gpu[], infoPath: string, workspace: string): Promise<StepResult> {
  // NVIDIA by UUID (stable when indices shift); ROCm by index (its tools report no GPU-style UUID).
  if (report.vendor === 'amd') platform.exportVariable('ROCR_VISIBLE_DEVICES', selected.map((g) => String(g.index)).join(','));
  else platform.exportVariable('CUDA_VISIBLE_DEVICES', selected.map((g) => g.uuid || String(g.index)).join(',')); // empty on CPU: frameworks then use none
  const info = {
    vendor: report.vendor,
    tool: report.tool ?? null,
    driverVersion: report.driverVersion ?? null,
    cudaVersion: report.cudaVersion ?? null,
    toolkitCudaVersion: report.toolkitCudaVersion ?? null,
    selected,
    all: report.gpus,
  };
  await writeFileAtomic(infoPath, `${JSON.stringify(info, null, 2)}\n`);
  platform.setOutput('gpu-count', String(selected.length));
  platform.setOutput('gpu-names', selected.map((g) => g.name).join(','));
  platform.setOutput('gpu-memory', selected.map((g) => String(g.memoryMiB)).join(','));
  platform.setOutput('driver-version', report.driverVersion ?? '');
  platform.setOutput('cuda-version', report.cudaVersion ?? '');
  platform.setOutput('gpu-info', infoPath);
  const rows = report.gpus.map((g) => [
    selected.includes(g) ? '✅' : '',
    String(g.index),
    code(g.name, { inTable: true }),
    gib(g.memoryMiB),
    g.computeCapability ?? '',
    g.temperature === undefined ? '' : `${g.temperature} °C`,
    code(g.uuid || '-', { inTable: true }),
  ]);
  const head = selected.length ? `### setup-gpu-runner: ${selected.length} GPU${selected.length === 1 ? '' : 's'} selected` : '### setup-gpu-runner: no GPU, running on CPU';
  const versions = `Driver ${report.driverVersion ?? '?'} · CUDA (driver) ${report.cudaVersion ?? '?'}${report.toolkitCudaVersion ? ` · CUDA toolkit ${report.toolkitCudaVersion}` : ''} · ${code(displayPath(workspace, infoPath))}`;
  await platform.summary({
    markdown: `${head}\n\n${rows.length ? `${table(['', '#', 'GPU', 'Memory', 'Compute', 'Temp', 'UUID'], rows, ['c', 'r', 'l', 'r', 'r', 'r', 'l'])}\n\n` : ''}${versions}\n`,
    text: [
      head.replace(/^### /, ''),
      ...report.gpus.map(
        (g) => `${selected.includes(g) ? '*' : ' '} #${g.index} ${g.name} ${gib(g.memoryMiB)}${g.computeCapability ? ` compute ${g.computeCapability}` : ''} ${g.uuid}`,
      ),
      versions.replace(/`/g, ''),
    ].join('\n'),
  });
  // The smallest selected GPU's memory: what a job can count on per device.
  return { samples: gpuOutcome(selected.length, selected.length ? Math.min(...selected.map((g) => g.memoryMiB)) : 0) };
}
