// The OTLP/JSON ExportTraceServiceRequest CrewAI's exporter would send (it sends the
// protobuf encoding of the same message). Ids and times are deterministic stand-ins:
// trace ids are derived from the crew/flow, span ids from the position.
import { createHash } from 'node:crypto';
import { SERVICE_NAME, TRACER_NAME } from '../../telemetry/catalog/common.js';
import type { PreviewReport } from './report.js';

type AnyValue = { stringValue: string } | { intValue: string } | { boolValue: boolean } | { doubleValue: number };

function anyValue(v: string | number | boolean): AnyValue {
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  return { stringValue: v };
}

const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

export function otlpRequest(r: PreviewReport) {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: SERVICE_NAME } }] },
        scopeSpans: [
          {
            scope: { name: TRACER_NAME },
            spans: r.spans.map((s, i) => ({
              traceId: hex(`trace:${s.subject}`, 32),
              spanId: hex(`span:${s.subject}:${i}`, 16),
              name: s.name,
              kind: 1,
              startTimeUnixNano: '0',
              endTimeUnixNano: '0',
              attributes: s.attributes.map((a) => ({ key: a.key, value: anyValue(a.value) })),
              status: { code: 1 },
            })),
          },
        ],
      },
    ],
  };
}

export function formatPreviewOtlp(r: PreviewReport): string {
  return JSON.stringify(otlpRequest(r), null, 2);
}
