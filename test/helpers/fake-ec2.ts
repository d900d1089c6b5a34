import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An instance the fake keeps, with the request fields the tests look at. */
export interface FakeInstance {
  id: string;
  state: 'running' | 'shutting-down' | 'terminated';
  tags: Record<string, string>;
  userData: string;
  market?: string;
  launchTime: string;
}

const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A loopback stand-in for the EC2 Query API calls setup-gpu-runner makes (DescribeImages, RunInstances,
 * DescribeInstances with ids or tag/state filters, TerminateInstances), answering in EC2's XML. The AWS
 * SDK is pointed at it with AWS_ENDPOINT_URL_EC2, as it can be at any EC2-compatible endpoint.
 */
export class FakeEc2 {
  readonly instances: FakeInstance[] = [];
  readonly actions: string[] = [];
  url = '';
  private server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const action = form.get('Action') ?? '';
      this.actions.push(action);
      const xml = this.answer(action, form);
      res.writeHead(xml.status, { 'content-type': 'text/xml;charset=UTF-8' });
      res.end(xml.body);
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private list(form: URLSearchParams, prefix: string): string[] {
    const out: string[] = [];
    for (let i = 1; form.has(`${prefix}.${i}`); i++) out.push(form.get(`${prefix}.${i}`) as string);
    return out;
  }

  private instanceXml(i: FakeInstance): string {
    const tags = Object.entries(i.tags)
      .map(([k, v]) => `<item><key>${esc(k)}</key><value>${esc(v)}</value></item>`)
      .join('');
    const code = { running: 16, 'shutting-down': 32, terminated: 48 }[i.state];
    return `<item><instanceId>${i.id}</instanceId><imageId>ami-0123456789abcdef0</imageId><instanceState><code>${code}</code><name>${i.state}</name></instanceState><instanceType>g5.xlarge</instanceType><launchTime>${i.launchTime}</launchTime><tagSet>${tags}</tagSet></item>`;
  }

  private answer(action: string, form: URLSearchParams): { status: number; body: string } {
    const ok = (inner: string) => ({
      status: 200,
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${NS}"><requestId>${randomBytes(8).toString('hex')}</requestId>${inner}</${action}Response>`,
    });
    if (action === 'DescribeImages') {
      const id = form.get('ImageId.1') ?? '';
      return ok(
        `<imagesSet><item><imageId>${esc(id)}</imageId><name>gpu-runner</name><imageState>available</imageState><rootDeviceName>/dev/xvda</rootDeviceName><rootDeviceType>ebs</rootDeviceType></item></imagesSet>`,
      );
    }
    if (action === 'RunInstances') {
      const tags: Record<string, string> = {};
      for (let t = 1; form.has(`TagSpecification.1.Tag.${t}.Key`); t++)
        tags[form.get(`TagSpecification.1.Tag.${t}.Key`) as string] = form.get(`TagSpecification.1.Tag.${t}.Value`) ?? '';
      const instance: FakeInstance = {
        id: `i-${randomBytes(8).toString('hex').slice(0, 17)}`,
        state: 'running',
        tags,
        userData: Buffer.from(form.get('UserData') ?? '', 'base64').toString(),
        market: form.get('InstanceMarketOptions.MarketType') ?? undefined,
        launchTime: new Date().toISOString(),
      };
      this.instances.push(instance);
      return ok(`<reservationId>r-1</reservationId><ownerId>123456789012</ownerId><instancesSet>${this.instanceXml(instance)}</instancesSet>`);
    }
    if (action === 'DescribeInstances') {
      const ids = this.list(form, 'InstanceId');
      let found = this.instances.filter((i) => ids.length === 0 || ids.includes(i.id));
      for (let f = 1; form.has(`Filter.${f}.Name`); f++) {
        const name = form.get(`Filter.${f}.Name`) as string;
        const values = this.list(form, `Filter.${f}.Value`);
        if (name === 'instance-state-name') found = found.filter((i) => values.includes(i.state));
        else if (name === 'tag-key') found = found.filter((i) => values.some((v) => v in i.tags));
        else if (name.startsWith('tag:')) found = found.filter((i) => values.includes(i.tags[name.slice(4)] ?? ''));
      }
      return ok(
        `<reservationSet>${found.map((i) => `<item><reservationId>r-1</reservationId><ownerId>123456789012</ownerId><instancesSet>${this.instanceXml(i)}</instancesSet></item>`).join('')}</reservationSet>`,
      );
    }
    if (action === 'TerminateInstances') {
      const items = this.list(form, 'InstanceId').map((id) => {
        const i = this.instances.find((x) => x.id === id);
        const previous = i?.state ?? 'terminated';
        if (i) i.state = 'terminated';
        return `<item><instanceId>${id}</instanceId><currentState><code>32</code><name>shutting-down</name></currentState><previousState><code>16</code><name>${previous}</name></previousState></item>`;
      });
      return ok(`<instancesSet>${items.join('')}</instancesSet>`);
    }
    return { status: 400, body: `<Response><Errors><Error><Code>InvalidAction</Code><Message>${esc(action)}</Message></Error></Errors><RequestID>x</RequestID></Response>` };
  }
}
