// Development fixtures shaped like the REST contract in docs/DESIGN.md (section REST).
// Used only by the Vite dev server's fake API; never bundled into the jar.

export interface SimDrive {
  id: string;
  slot: string;
  bus: string;
  address: number;
  eid: number | null;
  present: boolean;
  serial: string;
  model: string;
  firmware: string;
  idle: number;
  used: number;
  warnings: string[];
}

const MODELS = ['MZQL21T9HCJR-00A07', 'MZQL23T8HCLS-00A07'];

export function makeDrives(): SimDrive[] {
  return Array.from({ length: 8 }, (_, i) => ({
    id: `nvme${i}`,
    slot: `Bay ${i}`,
    bus: i < 4 ? 'smbus0' : 'smbus1',
    address: 0x1d + (i % 4),
    eid: i === 6 ? null : 9 + i,
    present: i !== 6,
    serial: `S64HNE0R${(700100 + i * 37).toString().padStart(6, '0')}`,
    model: MODELS[i % 2],
    firmware: i === 3 ? 'GDC5602Q' : 'GDC5902Q',
    idle: 31 + i * 1.7,
    used: [3, 7, 12, 81, 5, 9, 0, 14][i],
    warnings: i === 3 ? ['percentage used above 80 %'] : [],
  }));
}

/** A smooth, deterministic temperature for a drive at a time (seconds). */
export function temperatureAt(d: SimDrive, seconds: number): number {
  const idx = Number(d.id.replace(/\D/g, ''));
  const v = d.idle + 4 * Math.sin(seconds / 90 + idx) + 1.5 * Math.sin(seconds / 17 + idx * 2);
  return Math.round(v * 10) / 10;
}

export function component(d: SimDrive, now: number) {
  const at = new Date(Math.floor(now / 1000) * 1000).toISOString();
  const t = d.present ? temperatureAt(d, now / 1000) : null;
  return {
    id: d.id,
    uuid: d.present ? `6c1f7a3e-0000-4000-8000-00000000000${d.id.slice(-1)}` : null,
    componentClass: 'DRIVE',
    profile: 'nvme-mi',
    name: `NVMe drive ${d.id.slice(4)}`,
    location: { bus: d.bus, address: d.address, slot: d.slot },
    state: d.present ? 'PRESENT' : 'ABSENT',
    endpoint: d.eid === null ? null : { network: 1, eid: d.eid },
    assets: d.present
      ? { serialNumber: d.serial, model: `SAMSUNG ${d.model}`, firmwareRevision: d.firmware, manufacturer: 'Samsung', partNumber: d.model, vendorId: '0x144d' }
      : {},
    health: d.present
      ? { status: d.warnings.length ? 'WARNING' : 'OK', temperatureCelsius: t, percentageUsed: d.used, warnings: d.warnings, readAt: at }
      : { status: 'UNKNOWN', temperatureCelsius: null, percentageUsed: null, warnings: [], readAt: null },
  };
}

export function componentDetail(d: SimDrive, now: number) {
  const c = component(d, now);
  const at = c.health.readAt;
  return {
    ...c,
    sensors: d.present
      ? [
          { sensor: 'temperature', value: c.health.temperatureCelsius, unit: 'Cel', readAt: at },
          { sensor: 'percentageUsed', value: d.used, unit: '%', readAt: at },
        ]
      : [],
  };
}

export function readings(d: SimDrive, from: number, to: number, stepSeconds = 5) {
  const out = [];
  if (d.present) {
    for (let s = Math.ceil(from / 1000 / stepSeconds) * stepSeconds; s * 1000 <= to; s += stepSeconds) {
      out.push({ sensor: 'temperature', value: temperatureAt(d, s), unit: 'Cel', at: new Date(s * 1000).toISOString() });
    }
  }
  return { componentId: d.id, from: new Date(from).toISOString(), to: new Date(to).toISOString(), readings: out };
}

export function endpoints(drives: SimDrive[], started: number) {
  return drives
    .filter((d) => d.eid !== null)
    .map((d) => ({
      network: 1,
      eid: d.eid,
      uuid: `6c1f7a3e-0000-4000-8000-00000000000${d.id.slice(-1)}`,
      interface: d.bus,
      physicalAddress: d.address,
      messageTypes: ['control', 'nvme-mi'],
      state: d.present ? 'AVAILABLE' : 'ABSENT',
      componentId: d.id,
      firstSeen: new Date(started).toISOString(),
      lastSeen: new Date().toISOString(),
    }));
}

export function interfaces(started: number) {
  const secs = Math.floor((Date.now() - started) / 1000);
  return ['smbus0', 'smbus1'].map((name, i) => ({
    name,
    binding: 'smbus',
    network: 1,
    mtu: 64,
    localEid: 8,
    localAddress: 0x10,
    clockHz: i === 0 ? 100_000 : 400_000,
    up: true,
    linkUp: true,
    counters: { packetsIn: 412 + secs * 8, packetsOut: 398 + secs * 8, messagesIn: 203 + secs * 4, messagesOut: 199 + secs * 4 },
    drops: i === 0 ? { BAD_PEC: 2, UNEXPECTED_TAG: 0 } : {},
  }));
}
