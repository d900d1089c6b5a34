import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { detectGpus, parseNvidiaXml } from '../../src/steps/setup-gpu-runner/detect.js';
import type { GpuInputs } from '../../src/steps/setup-gpu-runner/step.js';
import { stepInputs } from '../helpers/step-run.js';
import { compareVersions, verify } from '../../src/steps/setup-gpu-runner/verify.js';
import { FakePlatform, localContext } from '../helpers/fake-platform.js';
import { replay } from '../helpers/fake-gpu-tools.js';
import { tempDir } from '../helpers/git.js';

const H100_0 = 'GPU-3f9c2a71-8e4b-5d06-b1a7-c94e02d6f318';
const H100_1 = 'GPU-b85e17d4-2c09-a6f3-7e41-0d5b9c8a2e67';

async function verifyWith(scenario: string, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  const platform = new FakePlatform(localContext(tempDir()), inputs);
  const result = await verify(platform, await stepInputs<GpuInputs>('setup-gpu-runner', platform), { run: replay(scenario), inContainer: false, env });
  return { platform, result };
}

async function verifyError(scenario: string, inputs: Record<string, string> = {}): Promise<string> {
  const error = await verifyWith(scenario, inputs).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as Error).message;
}

describe('GPU detection from recorded tool outputs', () => {
  it('reads two H100s: the CSV query, compute capability asked separately, CUDA from the header, nvcc', async () => {
    const report = await detectGpus(replay('h100x2'), false);
    expect(report).toMatchObject({ vendor: 'nvidia', driverVersion: '550.54.15', cudaVersion: '12.4', toolkitCudaVersion: '12.4' });
    expect(report.gpus).toEqual([
      { index: 0, name: 'NVIDIA H100 80GB HBM3', uuid: H100_0, memoryMiB: 81559, memoryUsedMiB: 1, utilization: 0, temperature: 31, computeCapability: '9.0' },
      { index: 1, name: 'NVIDIA H100 80GB HBM3', uuid: H100_1, memoryMiB: 81559, memoryUsedMiB: 13, utilization: 4, temperature: 33, computeCapability: '9.0' },
    ]);
  });

  it('reads a real H200 (outputs recorded on the machine by test/fixtures/gpu/record.sh)', async () => {
    const report = await detectGpus(replay('h200'), false);
    expect(report).toMatchObject({ vendor: 'nvidia', driverVersion: '580.159.04', cudaVersion: '13.0', toolkitCudaVersion: '13.0' });
    expect(report.gpus).toEqual([
      {
        index: 0,
        name: 'NVIDIA H200',
        uuid: 'GPU-5d904c8b-466d-4fc2-5487-b0110a2796dc',
        memoryMiB: 143771,
        memoryUsedMiB: 0,
        utilization: 0,
        temperature: 38,
        computeCapability: '9.0',
      },
    ]);
    const { platform } = await verifyWith('h200', { 'min-gpus': '1', 'min-memory': '140GB', 'min-compute-capability': '9.0', 'min-cuda': '12.4' });
    expect(platform.exported.CUDA_VISIBLE_DEVICES).toBe('GPU-5d904c8b-466d-4fc2-5487-b0110a2796dc');
    expect(await verifyError('h200', { 'min-gpus': '2' })).toMatch(/wanted 2 GPUs\. Found 1 \(driver 580\.159\.04, CUDA 13\.0\)/);
  });

  it('reads the real H200 XML report the same way as its CSV query', async () => {
    const xml = parseNvidiaXml(readFileSync(new URL('../fixtures/gpu/h200.q.xml', import.meta.url), 'utf8'));
    expect(xml).toMatchObject({ driverVersion: '580.159.04', cudaVersion: '13.0' });
    expect(xml.gpus).toEqual([expect.objectContaining({ index: 0, name: 'NVIDIA H200', uuid: 'GPU-5d904c8b-466d-4fc2-5487-b0110a2796dc', memoryMiB: 143771 })]);
  });

  it('keeps an R470 driver usable though it rejects the compute_cap query', async () => {
    const report = await detectGpus(replay('t4-r470'), false);
    expect(report).toMatchObject({ vendor: 'nvidia', driverVersion: '470.182.03', cudaVersion: '11.4' });
    expect(report.gpus[0]).toMatchObject({ name: 'Tesla T4', memoryMiB: 15109 });
    expect(report.gpus[0]?.computeCapability).toBeUndefined();
  });

  it('falls back to the XML report when the query fails', async () => {
    const report = await detectGpus(replay('a10g-xml'), false);
    expect(report).toMatchObject({ vendor: 'nvidia', driverVersion: '535.183.01', cudaVersion: '12.2' });
    expect(report.gpus).toHaveLength(1);
    expect(report.gpus[0]).toMatchObject({ name: 'NVIDIA A10G', memoryMiB: expect.any(Number) });
    expect(report.gpus[0]?.memoryMiB).toBeGreaterThan(20000);
  });

  it('reads AMD GPUs through amd-smi, then rocm-smi', async () => {
    const mi300 = await detectGpus(replay('mi300x'), false);
    expect(mi300).toMatchObject({ vendor: 'amd', tool: 'amd-smi' });
    expect(mi300.gpus.map((g) => [g.name, g.memoryMiB])).toEqual([
      ['AMD Instinct MI300X', 196592],
      ['AMD Instinct MI300X', 196592],
    ]);
    const mi250 = await detectGpus(replay('mi250'), false);
    expect(mi250).toMatchObject({ vendor: 'amd', tool: 'rocm-smi' });
    expect(mi250.gpus[0]).toMatchObject({ index: 0, memoryMiB: 65520 });
  });

  it.each([
    ['driver-not-loaded', false, /the driver is not loaded/],
    ['driver-not-loaded', true, /this container was started without GPU access \(docker --gpus all and the NVIDIA Container Toolkit on the host\)/],
    ['version-mismatch', false, /Driver\/library version mismatch\): the driver was updated without a reboot/],
    ['container-no-gpu', true, /the container lost its device access/],
    ['none', false, /no GPU found: nvidia-smi, amd-smi and rocm-smi are not installed here/],
  ])('turns %s (in a container: %s) into plain words', async (scenario, inContainer, message) => {
    const report = await detectGpus(replay(scenario), inContainer);
    expect(report.gpus).toEqual([]);
    expect(report.problem).toMatch(message);
  });
});

describe('verify', () => {
  it('selects the GPUs, exports CUDA_VISIBLE_DEVICES by UUID, writes gpu-info.json and the outputs', async () => {
    const { platform } = await verifyWith('h100x2', {
      'min-gpus': '2',
      'min-memory': '80GB',
      'gpu-name': '*h100*',
      'min-compute-capability': '8.0',
      'min-driver': '535',
      'min-cuda': '12.2',
    });
    expect(platform.exported).toEqual({ CUDA_VISIBLE_DEVICES: `${H100_0},${H100_1}` });
    expect(platform.outputs).toMatchObject({
      'gpu-count': '2',
      'gpu-names': 'NVIDIA H100 80GB HBM3,NVIDIA H100 80GB HBM3',
      'gpu-memory': '81559,81559',
      'driver-version': '550.54.15',
      'cuda-version': '12.4',
    });
    const info = JSON.parse(readFileSync(platform.outputs['gpu-info'] as string, 'utf8'));
    expect(info).toMatchObject({ vendor: 'nvidia', cudaVersion: '12.4', selected: [{ uuid: H100_0 }, { uuid: H100_1 }] });
    expect(platform.summaries[0]?.markdown).toMatch(/\| ✅ \| 0 \| `NVIDIA H100 80GB HBM3` \| 79\.6 GiB \| 9\.0 \| 31 °C \|/);
  });

  it('selects by count or by index/UUID', async () => {
    expect((await verifyWith('h100x2', { count: '1' })).platform.exported.CUDA_VISIBLE_DEVICES).toBe(H100_0);
    expect((await verifyWith('h100x2', { gpus: `1` })).platform.exported.CUDA_VISIBLE_DEVICES).toBe(H100_1);
    expect(await verifyError('h100x2', { gpus: 'GPU-nope' })).toMatch(/input 'gpus': no GPU 'GPU-nope' here; found #0 GPU-3f9c/);
  });

  it('lists everything it found in one message when a requirement fails', async () => {
    expect(await verifyError('t4-r470', { 'min-memory': '40GiB', 'min-cuda': '12.1' })).toBe(
      'setup-gpu-runner: this machine does not meet the requirements: wanted 1 GPU with ≥ 40.0 GiB; CUDA 11.4 (what the driver supports) < 12.1. Found 1 (driver 470.182.03, CUDA 11.4): #0 Tesla T4 (14.8 GiB): 14.8 GiB < 40.0 GiB',
    );
    expect(await verifyError('h100x2', { 'min-gpus': '4' })).toMatch(/wanted 4 GPUs\. Found 2 .*#0 NVIDIA H100 80GB HBM3 \(79\.6 GiB, compute 9\.0\): ok/);
    expect(await verifyError('t4-r470', { 'min-compute-capability': '7.0' })).toMatch(/compute capability unknown \(driver too old to report it\)/);
  });

  it('fails clearly without a GPU, or warns and gives CPU outputs with allow-cpu', async () => {
    expect(await verifyError('none')).toBe(
      "setup-gpu-runner: no GPU found: nvidia-smi, amd-smi and rocm-smi are not installed here (is this a GPU machine, and is its driver installed?) (set 'allow-cpu: true' to run on CPU instead)",
    );
    const { platform } = await verifyWith('none', { 'allow-cpu': 'true' });
    expect(platform.outputs).toMatchObject({ 'gpu-count': '0', 'gpu-names': '' });
    expect(platform.exported).toEqual({ CUDA_VISIBLE_DEVICES: '' });
    expect(platform.logs.some((l) => l.startsWith('warning: setup-gpu-runner: no GPU found'))).toBe(true);
  });

  it('warns when the CUDA toolkit is newer than the driver supports', async () => {
    const run = replay('h100x2');
    const platform = new FakePlatform(localContext(tempDir()), {});
    const withNewToolkit = async (tool: string, args: string[]) =>
      tool === 'nvcc' ? { code: 0, stdout: 'Cuda compilation tools, release 12.6, V12.6.20\n', stderr: '' } : run(tool, args);
    await verify(platform, await stepInputs<GpuInputs>('setup-gpu-runner', platform), { run: withNewToolkit, inContainer: false, env: {} });
    // Minor-version compatibility: a newer minor toolkit is fine, a newer major is not.
    expect(platform.logs.find((l) => l.includes('is newer than the driver supports'))).toBeUndefined();
    const major = new FakePlatform(localContext(tempDir()), {});
    const withMajor = async (tool: string, args: string[]) =>
      tool === 'nvcc' ? { code: 0, stdout: 'Cuda compilation tools, release 13.0, V13.0.48\n', stderr: '' } : run(tool, args);
    await verify(major, await stepInputs<GpuInputs>('setup-gpu-runner', major), { run: withMajor, inContainer: false, env: {} });
    expect(major.logs.find((l) => l.includes('the CUDA toolkit here (13.0) is newer than the driver supports (12.4)'))).toBeDefined();
  });

  it.each([
    [{ 'min-memory': 'lots' }, "setup-gpu-runner: input 'min-memory' must be a size like 40GiB, 24GB or 16000MiB, got 'lots'"],
    [{ 'min-cuda': '12.x' }, "setup-gpu-runner: input 'min-cuda' must be a version like 12.2 or 535.104.05, got '12.x'"],
    [{ count: '-1' }, "setup-gpu-runner: input 'count' must be a whole number of at least 0, got '-1'"],
  ])('rejects %j', async (inputs, message) => {
    expect(await verifyError('h100x2', inputs)).toBe(message);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('535.104.05', '535.54')).toBeGreaterThan(0);
    expect(compareVersions('12.2', '12.10')).toBeLessThan(0);
    expect(compareVersions('9.0', '9')).toBe(0);
    expect(compareVersions('6.8.0-48-generic', '6.9')).toBeLessThan(0);
  });

  it('keeps to the GPUs the job was already limited to', async () => {
    const { platform } = await verifyWith('h100x2', {}, { CUDA_VISIBLE_DEVICES: H100_1 });
    expect(platform.exported.CUDA_VISIBLE_DEVICES).toBe(H100_1);
    const none = await verifyWith('h100x2', {}, { CUDA_VISIBLE_DEVICES: '' }).catch((e: unknown) => e);
    expect((none as Error).message).toMatch(/this job was given no GPU \(CUDA_VISIBLE_DEVICES=''\)/);
  });

  it('takes a card sold as 80GB for min-memory 80GiB, and counts a GPU named twice once', async () => {
    expect((await verifyWith('h100x2', { 'min-memory': '80GiB', 'min-gpus': '2' })).platform.outputs['gpu-count']).toBe('2');
    expect(await verifyError('h100x2', { gpus: '0\n0', 'min-gpus': '2' })).toMatch(/wanted 2 GPUs/);
  });
});

it('reads GPU names with commas, which nvidia-smi does not quote', async () => {
  const { parseNvidiaCsv } = await import('../../src/steps/setup-gpu-runner/detect.js');
  expect(parseNvidiaCsv('0, RTX 6000 Ada Generation, Edition X, GPU-aaa, 49140, 5, 550.54.15, 3, 40\n')).toEqual([
    { index: 0, name: 'RTX 6000 Ada Generation, Edition X', uuid: 'GPU-aaa', memoryMiB: 49140, memoryUsedMiB: 5, utilization: 3, temperature: 40 },
  ]);
});

describe('MIG', () => {
  it('hands out the slices of a GPU in MIG mode by their MIG- UUIDs, with their own memory', async () => {
    const report = await detectGpus(replay('a100-mig'), false);
    expect(report.gpus.map((g) => [g.name, g.uuid, g.memoryMiB, g.computeCapability])).toEqual([
      ['NVIDIA A100-SXM4-40GB MIG 3g.20gb', 'MIG-c6d4f1ef-42e4-5de3-91c7-45d71c87eb3f', 19073, '8.0'],
      ['NVIDIA A100-SXM4-40GB MIG 1g.5gb', 'MIG-cba663e8-9bed-5b25-b243-5985ef7c9beb', 4768, '8.0'],
    ]);
    const { platform } = await verifyWith('a100-mig', { 'min-memory': '20GB', count: '1' });
    expect(platform.exported.CUDA_VISIBLE_DEVICES).toBe('MIG-c6d4f1ef-42e4-5de3-91c7-45d71c87eb3f');
    // The whole card's 40 GB does not count for a slice.
    expect(await verifyError('a100-mig', { 'min-memory': '40GB' })).toMatch(/#0 NVIDIA A100-SXM4-40GB MIG 3g\.20gb \(18\.6 GiB, compute 8\.0\): 18\.6 GiB < 37\.3 GiB/);
  });
});
