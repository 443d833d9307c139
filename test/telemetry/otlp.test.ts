// --format otlp is an OTLP/JSON ExportTraceServiceRequest: decoded here with the
// OpenTelemetry protobuf definitions (the protobufjs codec generated from
// opentelemetry-proto that @opentelemetry/otlp-transformer ships), not by hand.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { otlpRequest } from '../../src/report/preview/otlp.js';
import type { PreviewReport } from '../../src/report/preview/report.js';
import { simulateKickoff } from '../../src/telemetry/simulate.js';
import { crewtel } from '../helpers/cli.js';
import { researchCrew } from './crews.js';

const require = createRequire(import.meta.url);
const root = require('@opentelemetry/otlp-transformer/build/src/generated/root.js');
const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/** OTLP/JSON → protobuf message object: trace/span ids are hex in OTLP/JSON, bytes in protobuf. */
function fromOtlpJson(json: any) {
  const copy = JSON.parse(JSON.stringify(json));
  for (const rs of copy.resourceSpans) {
    for (const ss of rs.scopeSpans) {
      for (const s of ss.spans) {
        expect(s.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(s.spanId).toMatch(/^[0-9a-f]{16}$/);
        s.traceId = Buffer.from(s.traceId, 'hex');
        s.spanId = Buffer.from(s.spanId, 'hex');
      }
    }
  }
  return copy;
}

/** OTLP/JSON → message (fromObject also turns the int64 strings into longs) → verify → encode → decode → plain objects. */
function roundTrip(json: any) {
  const message = Request.fromObject(fromOtlpJson(json));
  expect(Request.verify(message)).toBeNull();
  const bytes = Request.encode(message).finish();
  return Request.toObject(Request.decode(bytes), { longs: String, bytes: String, enums: Number, defaults: false });
}

const report = (shareCrew: boolean): PreviewReport => ({
  crewaiVersion: '1.15.17',
  crewaiVersionSource: 'test',
  shareCrew,
  telemetryEnabled: true,
  notes: [],
  crews: [],
  diff: false,
  spans: simulateKickoff({ crews: [researchCrew()], flows: [], version: '1.15.17', shareCrew, inputs: { topic: 'AI', customer: 'Zoë' } }),
});

describe('OTLP export', () => {
  for (const share of [false, true]) {
    it(`share_crew=${share}: every span, attribute key and value survives a protobuf round trip`, () => {
      const r = report(share);
      const json = otlpRequest(r);
      const decoded = roundTrip(json);
      const rs = decoded.resourceSpans[0];
      expect(rs.resource.attributes).toEqual([{ key: 'service.name', value: { stringValue: 'crewAI-telemetry' } }]);
      expect(rs.scopeSpans[0].scope.name).toBe('crewai.telemetry');
      const spans = rs.scopeSpans[0].spans;
      expect(spans.map((s: any) => s.name)).toEqual(r.spans.map((s) => s.name));
      spans.forEach((s: any, i: number) => {
        expect(s.kind).toBe(1); // SPAN_KIND_INTERNAL
        expect(s.status.code).toBe(1); // STATUS_CODE_OK
        expect(s.parentSpanId ?? '').toBe(''); // CrewAI starts every span without a parent
        const expected = r.spans[i].attributes.map((a) => ({
          key: a.key,
          value: typeof a.value === 'boolean' ? { boolValue: a.value } : typeof a.value === 'number' ? { intValue: String(a.value) } : { stringValue: a.value },
        }));
        expect(s.attributes).toEqual(expected);
      });
      expect(new Set(spans.map((s: any) => s.spanId)).size).toBe(spans.length);
      const created = spans.find((s: any) => s.name === 'Crew Created');
      const attr = (k: string) => created.attributes.find((a: any) => a.key === k)?.value;
      expect(attr('crew_number_of_agents')).toEqual({ intValue: '2' });
      expect(attr('crew_memory')).toEqual({ boolValue: false });
      expect(JSON.parse(attr('crew_agents').stringValue)[0].role).toBe('{topic} Senior Data Researcher');
      const task = spans.find((s: any) => s.name === 'Task Created');
      expect(task.attributes.find((a: any) => a.key === 'agent_role').value).toEqual({ stringValue: 'AI Senior Data Researcher' });
      if (share) expect(spans.map((s: any) => s.name)).toContain('Crew Execution');
    });
  }

  it('the CLI prints the same request (preview --format otlp), deterministic across runs', () => {
    const a = crewtel(['preview', 'fixtures/telemetry-crew', '--format', 'otlp', '--share-crew']);
    const b = crewtel(['preview', 'fixtures/telemetry-crew', '--format', 'otlp', '--share-crew']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const decoded = roundTrip(JSON.parse(a.stdout));
    const names = decoded.resourceSpans[0].scopeSpans[0].spans.map((s: any) => s.name);
    expect(names.slice(0, 4)).toEqual(['Environment Context', 'Crew Created', 'Feature Usage', 'Crew Execution']);
  });
});
