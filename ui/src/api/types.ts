// Shapes of the REST API in docs/DESIGN.md, section REST.

export type HealthStatus = 'OK' | 'WARNING' | 'CRITICAL' | 'UNKNOWN';
export type ComponentState = 'PRESENT' | 'ABSENT';

export interface EndpointRef {
  network: number;
  eid: number;
}

export interface Location {
  bus: string;
  address: number;
  slot?: string | null;
}

export interface Assets {
  serialNumber?: string | null;
  model?: string | null;
  firmwareRevision?: string | null;
  manufacturer?: string | null;
  partNumber?: string | null;
  [key: string]: unknown;
}

export interface Health {
  status: HealthStatus;
  temperatureCelsius?: number | null;
  percentageUsed?: number | null;
  warnings: string[];
  readAt?: string | null;
}

export interface SensorValue {
  sensor: string;
  value: number;
  unit: string;
  readAt: string;
}

/** A NIC port (NC-SI channel): GET /api/components/{id} lists them for NICs. */
export interface Port {
  port: number;
  link: 'UP' | 'DOWN' | 'UNKNOWN';
  speedMbps: number;
  duplex?: string | null;
  autonegotiation: boolean;
  detail?: string | null;
  since: string;
  seenAt: string;
  /** Latest packet counters (NC-SI Get Controller Packet Statistics); absent until first read or when the NIC keeps none. */
  counters?: PortCounters | null;
}

/** A port's packet counters as the NIC counts them since its last reset; `counterBits` 32 (NC-SI 1.0, wraps at 2^32) or 64. */
export interface PortCounters {
  rxBytes: number;
  txBytes: number;
  rxPackets: number;
  txPackets: number;
  rxFcsErrors: number;
  rxAlignmentErrors: number;
  rxRuntPackets: number;
  rxJabberPackets: number;
  rxFalseCarrier: number;
  txLateCollisions: number;
  txExcessiveCollisions: number;
  rxPauseXoff: number;
  counterBits: number;
  readAt: string;
}

/** One entry of GET /api/components/{id}/ports/{port}/history: the port's link and speed from `at` on. */
export interface PortChange {
  at: string;
  link: 'UP' | 'DOWN' | 'UNKNOWN';
  speedMbps: number;
}

/** One entry of GET /api/components/{id}/assets/history: an asset's value from validFrom until validTo (null while current). */
export interface AssetPeriod {
  key: string;
  value: string;
  validFrom: string;
  validTo?: string | null;
}

export interface Component {
  id: string;
  parentId?: string | null;
  uuid?: string | null;
  componentClass: string;
  profile?: string | null;
  name: string;
  location: Location;
  state: ComponentState;
  endpoint?: EndpointRef | null;
  assets: Assets;
  health: Health;
  sensors?: SensorValue[];
  ports?: Port[] | null;
}

export interface Reading {
  sensor: string;
  value: number;
  unit: string;
  at: string;
}

export interface ReadingPage {
  componentId: string;
  from: string;
  to: string;
  readings: Reading[];
}

export interface Endpoint {
  network: number;
  eid: number;
  uuid?: string | null;
  interface: string;
  physicalAddress: string | number;
  messageTypes: string[];
  state: 'AVAILABLE' | 'ABSENT';
  componentId?: string | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

export interface InterfaceCounters {
  packetsIn: number;
  packetsOut: number;
  messagesIn: number;
  messagesOut: number;
}

export interface MctpInterface {
  name: string;
  binding: string;
  network: number;
  mtu: number;
  localEid: number;
  localAddress: string | number;
  clockHz?: number | null;
  /** Administrative state: set through PUT /api/interfaces/{name}/state. */
  up: boolean;
  /** The medium's own state, as the binding reports it. */
  linkUp: boolean;
  counters: InterfaceCounters;
  drops: Record<string, number>;
}

export interface PlatformEvent {
  id: number | string;
  at: string;
  type: string;
  componentId?: string | null;
  message: string;
}

/** SSE `reading` event payload. */
export interface ReadingEvent {
  componentId: string;
  sensor: string;
  value: number;
  unit: string;
  at: string;
}

/** RFC 9457 problem details. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}
