// --format otlp decodes with the OpenTelemetry protobuf definitions (the protobufjs
// codec generated from opentelemetry-proto, shipped in @opentelemetry/otlp-transformer).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { crewtel } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const root = require('@opentelemetry/otlp-transformer/build/src/generated/root.js');
const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

/** OTLP/JSON → protobuf message: hex ids become bytes, as the OTLP/JSON mapping defines. */
function fromOtlpJson(json: any) {
  const copy = JSON.parse(JSON.stringify(json));
  for (const rs of copy.resourceSpans) {
    for (const ss of rs.scopeSpans) {
      for (const s of ss.spans) {
        s.traceId = Buffer.from(s.traceId, 'hex');
        s.spanId = Buffer.from(s.spanId, 'hex');
      }
    }
  }
  return copy;
}

describe('preview --format otlp', () => {
  const r = crewtel(['preview', 'fixtures/telemetry-crew', '--format', 'otlp', '--share-crew']);
  const json = JSON.parse(r.stdout);

  it('is a valid ExportTraceServiceRequest that survives a protobuf round trip', () => {
    expect(r.code).toBe(0);
    const obj = fromOtlpJson(json);
    // OTLP/JSON writes 64-bit integers as strings: fromObject converts them, verify checks the message
    const message = Request.fromObject(obj);
    expect(Request.verify(message)).toBeNull();
    const bytes = Request.encode(message).finish();
    expect(bytes.length).toBeGreaterThan(100);
    const decoded = Request.toObject(Request.decode(bytes), { longs: String, bytes: String });
    const rs = decoded.resourceSpans[0];
    expect(rs.resource.attributes).toEqual([{ key: 'service.name', value: { stringValue: 'crewAI-telemetry' } }]);
    expect(rs.scopeSpans[0].scope.name).toBe('crewai.telemetry');
    const spans = rs.scopeSpans[0].spans;
    expect(spans.map((s: any) => s.name)).toContain('Crew Execution');
    const created = spans.find((s: any) => s.name === 'Crew Created');
    const attr = (k: string) => created.attributes.find((a: any) => a.key === k)?.value;
    expect(attr('crew_number_of_agents')).toEqual({ intValue: '2' });
    expect(attr('crew_memory')).toEqual({ boolValue: true });
    expect(JSON.parse(attr('crew_agents').stringValue)[0].role).toBe('{topic} Senior Data Researcher');
    expect(spans[0].traceId).toHaveLength(24); // 16 bytes, base64
  });
});
