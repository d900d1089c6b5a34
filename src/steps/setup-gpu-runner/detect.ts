import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One GPU as the vendor tool reports it. Memory in MiB. */
export interface Gpu {
  index: number;
  name: string;
  uuid: string;
  memoryMiB: number;
  memoryUsedMiB?: number;
  utilization?: number;
  temperature?: number;
  computeCapability?: string;
  /** A MIG slice: its parent GPU's UUID and its profile (`1g.10gb`). Memory is the slice's. */
  mig?: { parent: string; profile: string };
}

/** What this machine has: the GPUs and the versions of the software that drives them. */
export interface GpuReport {
  vendor: 'nvidia' | 'amd' | 'none';
  tool?: string;
  gpus: Gpu[];
  driverVersion?: string;
  /** The newest CUDA the driver supports (NVIDIA). */
  cudaVersion?: string;
  /** The CUDA toolkit in this image (`nvcc`), when there is one. */
  toolkitCudaVersion?: string;
  /** Why no GPU was found, in plain words, when none was. */
  problem?: string;
}

/** The result of running a tool; `missing` when it is not installed. */
export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
  missing?: boolean;
}

/** Runs a tool by name from PATH with an argument list; injectable so tests replay recorded outputs. */
export type RunTool = (tool: string, args: string[]) => Promise<ToolRun>;

export const runTool: RunTool = (tool, args) =>
  new Promise((resolve) => {
    execFile(tool, args, { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') resolve({ code: null, stdout: '', stderr: '', missing: true });
      else
        resolve({
          code: error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        });
    });
  });

const QUERY = 'index,name,uuid,memory.total,memory.used,driver_version,utilization.gpu,temperature.gpu';

/**
 * Finds the GPUs: NVIDIA through `nvidia-smi` (the CSV query; `compute_cap` asked separately because R470
 * drivers reject a query that names it; the XML report when the query fails), then AMD through
 * `amd-smi`, then `rocm-smi`. Common failures become plain words in `problem`.
 */
export async function detectGpus(run: RunTool = runTool, inContainer = isContainer()): Promise<GpuReport> {
  const query = await run('nvidia-smi', [`--query-gpu=${QUERY}`, '--format=csv,noheader,nounits']);
  if (!query.missing) {
    const problem = nvidiaProblem(`${query.stdout}\n${query.stderr}`, inContainer);
    if (problem) return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem };
    let gpus = query.code === 0 ? parseNvidiaCsv(query.stdout) : [];
    let driverVersion = query.code === 0 ? firstField(query.stdout, 3) : undefined;
    let cudaVersion: string | undefined;
    if (gpus.length === 0) {
      const xml = await run('nvidia-smi', ['-q', '-x']);
      if (xml.code === 0) ({ gpus, driverVersion, cudaVersion } = parseNvidiaXml(xml.stdout));
    }
    if (gpus.length > 0) {
      const caps = await run('nvidia-smi', ['--query-gpu=index,compute_cap', '--format=csv,noheader']);
      if (caps.code === 0)
        for (const [index, cap] of parseCsvLines(caps.stdout).map((c) => [Number(c[0]), c[1]] as const)) {
          const gpu = gpus.find((g) => g.index === index);
          if (gpu && cap && /^\d+\.\d+$/.test(cap)) gpu.computeCapability = cap;
        }
      cudaVersion ??= /CUDA Version:\s*([\d.]+)/.exec((await run('nvidia-smi', [])).stdout)?.[1];
      gpus = await expandMig(run, gpus);
      return { vendor: 'nvidia', tool: 'nvidia-smi', gpus, driverVersion, cudaVersion, toolkitCudaVersion: await toolkitCuda(run) };
    }
    return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem: `nvidia-smi found no GPU (exit ${query.code}: ${oneLine(query.stderr || query.stdout)})` };
  }
  const amd = await detectAmd(run);
  if (amd) return amd;
  const devices = existsSync('/dev/nvidia0') || existsSync('/dev/kfd');
  return {
    vendor: 'none',
    gpus: [],
    problem:
      inContainer && !devices
        ? 'no GPU tools and no GPU devices in this container: start it with GPU access (docker --gpus all, with the NVIDIA Container Toolkit installed on the host; or the GPU runner/executor settings of your CI)'
        : 'no GPU found: nvidia-smi, amd-smi and rocm-smi are not installed here (is this a GPU machine, and is its driver installed?)',
  };
}

function nvidiaProblem(output: string, inContainer: boolean): string | undefined {
  if (/couldn't communicate with the NVIDIA driver/i.test(output)) {
    return inContainer
      ? "nvidia-smi cannot reach the NVIDIA driver: this container was started without GPU access (docker --gpus all and the NVIDIA Container Toolkit on the host), or the host's driver is not loaded"
      : 'nvidia-smi cannot reach the NVIDIA driver: the driver is not loaded (install it, or reboot after an update; check `lsmod | grep nvidia`)';
  }
  if (/Driver\/library version mismatch/i.test(output)) {
    return 'the NVIDIA driver and its user-space library differ (Driver/library version mismatch): the driver was updated without a reboot, or the container mounts libraries that do not match the host driver; reboot the host or use an image matching its driver';
  }
  if (/Failed to initialize NVML: Unknown Error/i.test(output)) {
    return inContainer
      ? 'NVML cannot open the GPUs from this container (Failed to initialize NVML: Unknown Error): the container lost its device access (a known effect of systemd cgroup reloads); restart it with --gpus, or set the NVIDIA Container Toolkit to manage device nodes'
      : 'NVML failed to initialize (Unknown Error): check the driver installation and permissions on /dev/nvidia*';
  }
  if (/No devices were found/i.test(output)) return 'nvidia-smi runs but sees no GPU (No devices were found): the GPUs are not visible to this machine or container';
  return undefined;
}

/** Parses comma-separated rows (nvidia-smi puts a space after each comma). */
export function parseCsvLines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split(',').map((c) => c.trim()));
}

function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Rows of the `--query-gpu` CSV in {@link QUERY}'s order. nvidia-smi does not quote fields, and a GPU
 * name may hold a comma: the index is the first field, the six after the name are counted from the right.
 */
export function parseNvidiaCsv(text: string): Gpu[] {
  return parseCsvLines(text)
    .filter((c) => c.length >= 8 && /^\d+$/.test(c[0] as string))
    .map((c) => {
      const tail = c.slice(-6);
      return {
        index: Number(c[0]),
        name: c.slice(1, -6).join(', '),
        uuid: tail[0] as string,
        memoryMiB: num(tail[1]) ?? 0,
        memoryUsedMiB: num(tail[2]),
        utilization: num(tail[4]),
        temperature: num(tail[5]),
      };
    });
}

function firstField(text: string, fromRight: number): string | undefined {
  const row = parseCsvLines(text)[0];
  return row?.[row.length - fromRight];
}

/**
 * A GPU in MIG mode cannot be used whole: CUDA sees its slices, addressed by `MIG-` UUIDs, each with a
 * share of the memory. Such GPUs are replaced by their slices from `nvidia-smi -L`; the others stay.
 */
async function expandMig(run: RunTool, gpus: Gpu[]): Promise<Gpu[]> {
  const modes = await run('nvidia-smi', ['--query-gpu=index,mig.mode.current', '--format=csv,noheader']);
  if (modes.code !== 0) return gpus; // drivers or GPUs without MIG
  const enabled = new Set(
    parseCsvLines(modes.stdout)
      .filter((c) => c[1] === 'Enabled')
      .map((c) => Number(c[0])),
  );
  if (enabled.size === 0) return gpus;
  const list = await run('nvidia-smi', ['-L']);
  const slices = list.code === 0 ? parseMigList(list.stdout) : new Map<number, { profile: string; uuid: string }[]>();
  return gpus.flatMap((gpu) => {
    if (!enabled.has(gpu.index)) return [gpu];
    return (slices.get(gpu.index) ?? []).map((s) => ({
      index: gpu.index,
      name: `${gpu.name} MIG ${s.profile}`,
      uuid: s.uuid,
      memoryMiB: migMemoryMiB(s.profile),
      computeCapability: gpu.computeCapability,
      mig: { parent: gpu.uuid, profile: s.profile },
    }));
  });
}

/** `nvidia-smi -L`: `GPU 0: ... (UUID: GPU-...)` lines, each followed by its `  MIG 1g.10gb Device 0: (UUID: MIG-...)` lines. */
export function parseMigList(text: string): Map<number, { profile: string; uuid: string }[]> {
  const out = new Map<number, { profile: string; uuid: string }[]>();
  let current: number | undefined;
  for (const line of text.split('\n')) {
    const gpu = /^GPU (\d+):/.exec(line);
    if (gpu) {
      current = Number(gpu[1]);
      continue;
    }
    const mig = /^\s+MIG\s+(\S+)\s+Device\s+\d+:\s+\(UUID:\s*(MIG-[^)\s]+)\)/.exec(line);
    if (mig && current !== undefined) out.set(current, [...(out.get(current) ?? []), { profile: mig[1] as string, uuid: mig[2] as string }]);
  }
  return out;
}

/** A slice's memory from its profile name (`3g.20gb` → 20 GB), in MiB. */
function migMemoryMiB(profile: string): number {
  const gb = /\.(\d+)gb/.exec(profile)?.[1];
  return gb ? Math.floor((Number(gb) * 1e9) / 2 ** 20) : 0;
}

/** `nvidia-smi -q -x`: the fallback when the query fails (very old drivers, odd setups). */
export function parseNvidiaXml(xml: string): { gpus: Gpu[]; driverVersion?: string; cudaVersion?: string } {
  const tag = (text: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
  const gpus: Gpu[] = [];
  for (const [i, block] of [...xml.matchAll(/<gpu id="[^"]*">([\s\S]*?)<\/gpu>/g)].map((m, i) => [i, m[1] as string] as const)) {
    const fb = /<fb_memory_usage>([\s\S]*?)<\/fb_memory_usage>/.exec(block)?.[1] ?? '';
    gpus.push({
      index: num(tag(block, 'minor_number')) ?? i,
      name: tag(block, 'product_name') ?? 'unknown',
      uuid: tag(block, 'uuid') ?? '',
      memoryMiB: num(tag(fb, 'total')) ?? 0,
      memoryUsedMiB: num(tag(fb, 'used')),
      utilization: num(tag(block, 'gpu_util')),
      temperature: num(tag(block, 'gpu_temp')),
    });
  }
  return { gpus, driverVersion: tag(xml, 'driver_version'), cudaVersion: tag(xml, 'cuda_version') };
}

async function toolkitCuda(run: RunTool): Promise<string | undefined> {
  const nvcc = await run('nvcc', ['--version']);
  return nvcc.code === 0 ? /release ([\d.]+)/.exec(nvcc.stdout)?.[1] : undefined;
}

async function detectAmd(run: RunTool): Promise<GpuReport | undefined> {
  const stat = await run('amd-smi', ['static', '--json']);
  if (!stat.missing && stat.code === 0) {
    const gpus = parseAmdSmi(stat.stdout);
    if (gpus.gpus.length > 0) return { vendor: 'amd', tool: 'amd-smi', ...gpus };
  }
  const rocm = await run('rocm-smi', ['--showproductname', '--showmeminfo', 'vram', '--showdriverversion', '--showuniqueid', '--json']);
  if (!rocm.missing && rocm.code === 0) {
    const gpus = parseRocmSmi(rocm.stdout);
    if (gpus.gpus.length > 0) return { vendor: 'amd', tool: 'rocm-smi', ...gpus };
  }
  if (stat.missing && rocm.missing) return undefined;
  return {
    vendor: 'none',
    tool: stat.missing ? 'rocm-smi' : 'amd-smi',
    gpus: [],
    problem: `AMD tools found no GPU: ${oneLine(stat.stderr || rocm.stderr || 'the amdgpu driver may not be loaded')}`,
  };
}

type Json = Record<string, unknown>;
const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), o);

/** `amd-smi static --json` (ROCm 6): a list of GPUs (or `{gpu_data: [...]}` in newer versions). */
export function parseAmdSmi(text: string): Pick<GpuReport, 'gpus' | 'driverVersion'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { gpus: [] };
  }
  const list = (Array.isArray(data) ? data : (get(data, 'gpu_data') as unknown[] | undefined)) ?? [];
  const gpus: Gpu[] = list.map((g, i) => {
    const size = get(g, 'vram', 'size');
    const value = typeof size === 'object' ? num(String(get(size, 'value'))) : num(String(size));
    const unit = typeof size === 'object' ? String(get(size, 'unit') ?? 'MB') : /GB/i.test(String(size)) ? 'GB' : 'MB';
    return {
      index: num(String(get(g, 'gpu'))) ?? i,
      name: String(get(g, 'asic', 'market_name') ?? 'AMD GPU'),
      uuid: String(get(g, 'asic', 'asic_serial') ?? get(g, 'uuid') ?? ''),
      memoryMiB: Math.round((value ?? 0) * (/GB/i.test(unit) ? 1024 : 1)),
    };
  });
  const driver = get(list[0], 'driver', 'version');
  return { gpus, driverVersion: driver === undefined ? undefined : String(driver) };
}

/** `rocm-smi ... --json`: `{card0: {...}, system: {...}}`. */
export function parseRocmSmi(text: string): Pick<GpuReport, 'gpus' | 'driverVersion'> {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch {
    return { gpus: [] };
  }
  // Key case changed across ROCm releases (`Card series` → `Card Series`).
  const field = (o: unknown, name: string) => (o && typeof o === 'object' ? Object.entries(o as Json).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : undefined);
  const gpus: Gpu[] = Object.entries(data)
    .filter(([k]) => /^card\d+$/.test(k))
    .map(([k, v]) => ({
      index: Number(k.slice(4)),
      name: String(field(v, 'Card series') ?? field(v, 'Card model') ?? 'AMD GPU'),
      uuid: String(field(v, 'Unique ID') ?? ''),
      memoryMiB: Math.round((num(String(field(v, 'VRAM Total Memory (B)'))) ?? 0) / 2 ** 20),
    }));
  const driver = field(field(data, 'system'), 'Driver version');
  return { gpus, driverVersion: driver === undefined ? undefined : String(driver) };
}

function oneLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}

function isContainer(): boolean {
  return existsSync('/.dockerenv') || existsSync('/run/.containerenv');
}
