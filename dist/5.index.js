export const id = 5;
export const ids = [5];
export const modules = {

/***/ 40005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  post: () => (/* binding */ post),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/files.js
var files = __webpack_require__(21645);
// EXTERNAL MODULE: ./build/core/markdown.js + 1 modules
var markdown = __webpack_require__(37980);
// EXTERNAL MODULE: ./build/steps/figures.js
var figures = __webpack_require__(85221);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/detect.js


const runTool = (tool, args) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(tool, args, { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error?.code;
        if (code === 'ENOENT')
            resolve({ code: null, stdout: '', stderr: '', missing: true });
        else
            resolve({
                code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
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
async function detectGpus(run = runTool, inContainer = isContainer()) {
    const query = await run('nvidia-smi', [`--query-gpu=${QUERY}`, '--format=csv,noheader,nounits']);
    if (!query.missing) {
        const problem = nvidiaProblem(`${query.stdout}\n${query.stderr}`, inContainer);
        if (problem)
            return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem };
        let gpus = query.code === 0 ? parseNvidiaCsv(query.stdout) : [];
        let driverVersion = query.code === 0 ? firstField(query.stdout, 3) : undefined;
        let cudaVersion;
        if (gpus.length === 0) {
            const xml = await run('nvidia-smi', ['-q', '-x']);
            if (xml.code === 0)
                ({ gpus, driverVersion, cudaVersion } = parseNvidiaXml(xml.stdout));
        }
        if (gpus.length > 0) {
            const caps = await run('nvidia-smi', ['--query-gpu=index,compute_cap', '--format=csv,noheader']);
            if (caps.code === 0)
                for (const [index, cap] of parseCsvLines(caps.stdout).map((c) => [Number(c[0]), c[1]])) {
                    const gpu = gpus.find((g) => g.index === index);
                    if (gpu && cap && /^\d+\.\d+$/.test(cap))
                        gpu.computeCapability = cap;
                }
            cudaVersion ??= /CUDA Version:\s*([\d.]+)/.exec((await run('nvidia-smi', [])).stdout)?.[1];
            gpus = await expandMig(run, gpus);
            return { vendor: 'nvidia', tool: 'nvidia-smi', gpus, driverVersion, cudaVersion, toolkitCudaVersion: await toolkitCuda(run) };
        }
        return { vendor: 'none', tool: 'nvidia-smi', gpus: [], problem: `nvidia-smi found no GPU (exit ${query.code}: ${oneLine(query.stderr || query.stdout)})` };
    }
    const amd = await detectAmd(run);
    if (amd)
        return amd;
    const devices = (0,external_node_fs_.existsSync)('/dev/nvidia0') || (0,external_node_fs_.existsSync)('/dev/kfd');
    return {
        vendor: 'none',
        gpus: [],
        problem: inContainer && !devices
            ? 'no GPU tools and no GPU devices in this container: start it with GPU access (docker --gpus all, with the NVIDIA Container Toolkit installed on the host; or the GPU runner/executor settings of your CI)'
            : 'no GPU found: nvidia-smi, amd-smi and rocm-smi are not installed here (is this a GPU machine, and is its driver installed?)',
    };
}
function nvidiaProblem(output, inContainer) {
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
    if (/No devices were found/i.test(output))
        return 'nvidia-smi runs but sees no GPU (No devices were found): the GPUs are not visible to this machine or container';
    return undefined;
}
/** Parses comma-separated rows (nvidia-smi puts a space after each comma). */
function parseCsvLines(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l.split(',').map((c) => c.trim()));
}
function num(text) {
    if (text === undefined)
        return undefined;
    const n = Number.parseFloat(text);
    return Number.isFinite(n) ? n : undefined;
}
/**
 * Rows of the `--query-gpu` CSV in {@link QUERY}'s order. nvidia-smi does not quote fields, and a GPU
 * name may hold a comma: the index is the first field, the six after the name are counted from the right.
 */
function parseNvidiaCsv(text) {
    return parseCsvLines(text)
        .filter((c) => c.length >= 8 && /^\d+$/.test(c[0]))
        .map((c) => {
        const tail = c.slice(-6);
        return {
            index: Number(c[0]),
            name: c.slice(1, -6).join(', '),
            uuid: tail[0],
            memoryMiB: num(tail[1]) ?? 0,
            memoryUsedMiB: num(tail[2]),
            utilization: num(tail[4]),
            temperature: num(tail[5]),
        };
    });
}
function firstField(text, fromRight) {
    const row = parseCsvLines(text)[0];
    return row?.[row.length - fromRight];
}
/**
 * A GPU in MIG mode cannot be used whole: CUDA sees its slices, addressed by `MIG-` UUIDs, each with a
 * share of the memory. Such GPUs are replaced by their slices from `nvidia-smi -L`; the others stay.
 */
async function expandMig(run, gpus) {
    const modes = await run('nvidia-smi', ['--query-gpu=index,mig.mode.current', '--format=csv,noheader']);
    if (modes.code !== 0)
        return gpus; // drivers or GPUs without MIG
    const enabled = new Set(parseCsvLines(modes.stdout)
        .filter((c) => c[1] === 'Enabled')
        .map((c) => Number(c[0])));
    if (enabled.size === 0)
        return gpus;
    const list = await run('nvidia-smi', ['-L']);
    const slices = list.code === 0 ? parseMigList(list.stdout) : new Map();
    return gpus.flatMap((gpu) => {
        if (!enabled.has(gpu.index))
            return [gpu];
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
function parseMigList(text) {
    const out = new Map();
    let current;
    for (const line of text.split('\n')) {
        const gpu = /^GPU (\d+):/.exec(line);
        if (gpu) {
            current = Number(gpu[1]);
            continue;
        }
        const mig = /^\s+MIG\s+(\S+)\s+Device\s+\d+:\s+\(UUID:\s*(MIG-[^)\s]+)\)/.exec(line);
        if (mig && current !== undefined)
            out.set(current, [...(out.get(current) ?? []), { profile: mig[1], uuid: mig[2] }]);
    }
    return out;
}
/** A slice's memory from its profile name (`3g.20gb` → 20 GB), in MiB. */
function migMemoryMiB(profile) {
    const gb = /\.(\d+)gb/.exec(profile)?.[1];
    return gb ? Math.floor((Number(gb) * 1e9) / 2 ** 20) : 0;
}
/** `nvidia-smi -q -x`: the fallback when the query fails (very old drivers, odd setups). */
function parseNvidiaXml(xml) {
    const tag = (text, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
    const gpus = [];
    for (const [i, block] of [...xml.matchAll(/<gpu id="[^"]*">([\s\S]*?)<\/gpu>/g)].map((m, i) => [i, m[1]])) {
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
async function toolkitCuda(run) {
    const nvcc = await run('nvcc', ['--version']);
    return nvcc.code === 0 ? /release ([\d.]+)/.exec(nvcc.stdout)?.[1] : undefined;
}
async function detectAmd(run) {
    const stat = await run('amd-smi', ['static', '--json']);
    if (!stat.missing && stat.code === 0) {
        const gpus = parseAmdSmi(stat.stdout);
        if (gpus.gpus.length > 0)
            return { vendor: 'amd', tool: 'amd-smi', ...gpus };
    }
    const rocm = await run('rocm-smi', ['--showproductname', '--showmeminfo', 'vram', '--showdriverversion', '--showuniqueid', '--json']);
    if (!rocm.missing && rocm.code === 0) {
        const gpus = parseRocmSmi(rocm.stdout);
        if (gpus.gpus.length > 0)
            return { vendor: 'amd', tool: 'rocm-smi', ...gpus };
    }
    if (stat.missing && rocm.missing)
        return undefined;
    return {
        vendor: 'none',
        tool: stat.missing ? 'rocm-smi' : 'amd-smi',
        gpus: [],
        problem: `AMD tools found no GPU: ${oneLine(stat.stderr || rocm.stderr || 'the amdgpu driver may not be loaded')}`,
    };
}
const get = (o, ...path) => path.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);
/** `amd-smi static --json` (ROCm 6): a list of GPUs (or `{gpu_data: [...]}` in newer versions). */
function parseAmdSmi(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { gpus: [] };
    }
    const list = (Array.isArray(data) ? data : get(data, 'gpu_data')) ?? [];
    const gpus = list.map((g, i) => {
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
function parseRocmSmi(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { gpus: [] };
    }
    // Key case changed across ROCm releases (`Card series` → `Card Series`).
    const field = (o, name) => (o && typeof o === 'object' ? Object.entries(o).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : undefined);
    const gpus = Object.entries(data)
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
function oneLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
function isContainer() {
    return (0,external_node_fs_.existsSync)('/.dockerenv') || (0,external_node_fs_.existsSync)('/run/.containerenv');
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/verify.js






/** Compares dotted versions numerically (`535.104.05` vs `535.54`); negative when a < b. */
function compareVersions(a, b) {
    // Leading numeric parts only: kernel-style driver versions carry suffixes (`6.8.0-48-generic`).
    const parts = (v) => (/^[\d.]+/.exec(v)?.[0] ?? '0').split('.').filter(Boolean).map(Number);
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const gib = (mib) => `${(mib / 1024).toFixed(1)} GiB`;
/** Why one GPU does not meet the per-GPU requirements, or nothing when it does. */
function gpuShortfalls(gpu, inputs) {
    const out = [];
    if (inputs.gpuName &&
        !new RegExp(`^${inputs.gpuName
            .split('*')
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`, 'i').test(gpu.name))
        out.push(`name does not match '${inputs.gpuName}'`);
    // nvidia-smi reports usable memory, a little under the size a card is sold as (81559 MiB on an "80GB"
    // H100): 3% of slack keeps `80GiB` meaning what users mean.
    if (inputs.minMemory !== undefined && !(gpu.memoryMiB > 0))
        out.push('memory unknown');
    else if (inputs.minMemory !== undefined && gpu.memoryMiB < inputs.minMemory * 0.97)
        out.push(`${gib(gpu.memoryMiB)} < ${gib(inputs.minMemory)}`);
    if (inputs.minComputeCapability) {
        if (!gpu.computeCapability)
            out.push('compute capability unknown (driver too old to report it)');
        else if (compareVersions(gpu.computeCapability, inputs.minComputeCapability) < 0)
            out.push(`compute capability ${gpu.computeCapability} < ${inputs.minComputeCapability}`);
    }
    return out;
}
/** The machine-level requirements (driver, CUDA) that fail. */
function machineShortfalls(report, inputs) {
    const out = [];
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
async function verify(platform, inputs, probe = {}) {
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
        platform.log.info(`setup-gpu-runner: ${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}' was set for this job: considering ${visible.length} of the ${report.gpus.length} GPUs`);
        report.gpus = visible;
        if (visible.length === 0)
            report.problem = `this job was given no GPU (${report.vendor === 'amd' ? 'ROCR' : 'CUDA'}_VISIBLE_DEVICES='${limit}')`;
    }
    const workspace = platform.context.workspace;
    const infoPath = (0,external_node_path_.join)(await (0,files/* confinePath */.ey)(workspace, inputs.output, "setup-gpu-runner: input 'output'"), 'gpu-info.json');
    if (report.gpus.length === 0) {
        if (!inputs.allowCpu || inputs.minGpus > 1)
            throw new errors/* UserError */.yo(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}${inputs.allowCpu ? '' : " (set 'allow-cpu: true' to run on CPU instead)"}`);
        platform.log.warning(`setup-gpu-runner: ${report.problem ?? 'no GPU found'}; continuing on CPU (allow-cpu)`);
        return finish(platform, report, [], infoPath, workspace);
    }
    let candidates = report.gpus;
    if (inputs.gpus.length > 0) {
        candidates = [...new Set(inputs.gpus)].map((id) => {
            const gpu = report.gpus.find((g) => String(g.index) === id || g.uuid === id);
            if (!gpu)
                throw new errors/* UserError */.yo(`setup-gpu-runner: input 'gpus': no GPU '${id}' here; found ${report.gpus.map((g) => `#${g.index} ${g.uuid}`).join(', ')}`);
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
        throw new errors/* UserError */.yo(`setup-gpu-runner: this machine does not meet the requirements: wanted ${wanted}${machine.length ? `; ${machine.join('; ')}` : ''}. Found ${report.gpus.length} (driver ${report.driverVersion ?? '?'}, CUDA ${report.cudaVersion ?? '?'}): ${found.join('; ')}`);
    }
    // CUDA's minor-version compatibility runs a 12.6 toolkit on a 12.4 driver; a newer major needs a newer driver.
    if (report.toolkitCudaVersion && report.cudaVersion && compareVersions(report.toolkitCudaVersion.split('.')[0], report.cudaVersion.split('.')[0]) > 0) {
        platform.log.warning(`setup-gpu-runner: the CUDA toolkit here (${report.toolkitCudaVersion}) is newer than the driver supports (${report.cudaVersion}): CUDA programs built with it fail with "driver version is insufficient" unless the image ships NVIDIA's forward-compatibility package; use an image for CUDA ${report.cudaVersion} or a newer host driver`);
    }
    return finish(platform, report, selected, infoPath, workspace);
}
async function finish(platform, report, selected, infoPath, workspace) {
    // NVIDIA by UUID (stable when indices shift); ROCm by index (its tools report no GPU-style UUID).
    if (report.vendor === 'amd')
        platform.exportVariable('ROCR_VISIBLE_DEVICES', selected.map((g) => String(g.index)).join(','));
    else
        platform.exportVariable('CUDA_VISIBLE_DEVICES', selected.map((g) => g.uuid || String(g.index)).join(',')); // empty on CPU: frameworks then use none
    const info = {
        vendor: report.vendor,
        tool: report.tool ?? null,
        driverVersion: report.driverVersion ?? null,
        cudaVersion: report.cudaVersion ?? null,
        toolkitCudaVersion: report.toolkitCudaVersion ?? null,
        selected,
        all: report.gpus,
    };
    await (0,files/* writeFileAtomic */.Zf)(infoPath, `${JSON.stringify(info, null, 2)}\n`);
    platform.setOutput('gpu-count', String(selected.length));
    platform.setOutput('gpu-names', selected.map((g) => g.name).join(','));
    platform.setOutput('gpu-memory', selected.map((g) => String(g.memoryMiB)).join(','));
    platform.setOutput('driver-version', report.driverVersion ?? '');
    platform.setOutput('cuda-version', report.cudaVersion ?? '');
    platform.setOutput('gpu-info', infoPath);
    const rows = report.gpus.map((g) => [
        selected.includes(g) ? '✅' : '',
        String(g.index),
        (0,markdown/* code */.aY)(g.name, { inTable: true }),
        gib(g.memoryMiB),
        g.computeCapability ?? '',
        g.temperature === undefined ? '' : `${g.temperature} °C`,
        (0,markdown/* code */.aY)(g.uuid || '-', { inTable: true }),
    ]);
    const head = selected.length ? `### setup-gpu-runner: ${selected.length} GPU${selected.length === 1 ? '' : 's'} selected` : '### setup-gpu-runner: no GPU, running on CPU';
    const versions = `Driver ${report.driverVersion ?? '?'} · CUDA (driver) ${report.cudaVersion ?? '?'}${report.toolkitCudaVersion ? ` · CUDA toolkit ${report.toolkitCudaVersion}` : ''} · ${(0,markdown/* code */.aY)((0,files/* displayPath */.Gt)(workspace, infoPath))}`;
    await platform.summary({
        markdown: `${head}\n\n${rows.length ? `${(0,markdown/* table */.tp)(['', '#', 'GPU', 'Memory', 'Compute', 'Temp', 'UUID'], rows, ['c', 'r', 'l', 'r', 'r', 'r', 'l'])}\n\n` : ''}${versions}\n`,
        text: [
            head.replace(/^### /, ''),
            ...report.gpus.map((g) => `${selected.includes(g) ? '*' : ' '} #${g.index} ${g.name} ${gib(g.memoryMiB)}${g.computeCapability ? ` compute ${g.computeCapability}` : ''} ${g.uuid}`),
            versions.replace(/`/g, ''),
        ].join('\n'),
    });
    // The smallest selected GPU's memory: what a job can count on per device.
    return { samples: (0,figures/* gpuOutcome */.bm)(selected.length, selected.length ? Math.min(...selected.map((g) => g.memoryMiB)) : 0) };
}

;// CONCATENATED MODULE: ./build/steps/setup-gpu-runner/run.js

/** setup-gpu-runner: `verify` here; the EC2 modes load the AWS SDK only when used. */
async function run(inputs, platform) {
    if (inputs.mode === 'verify')
        return verify(platform, inputs);
    const provisioning = await __webpack_require__.e(/* import() */ 3448).then(__webpack_require__.bind(__webpack_require__, 33448));
    return provisioning[inputs.mode](platform, inputs);
}
/** The GitHub `post:` step: terminates what `provision` started in this job, whatever happened. */
async function post(inputs, platform) {
    if (inputs.mode !== 'provision')
        return {};
    return (await __webpack_require__.e(/* import() */ 3448).then(__webpack_require__.bind(__webpack_require__, 33448))).post(platform, inputs);
}


/***/ })

};
