// The OTLP/JSON ExportTraceServiceRequest CrewAI's exporter would send (it sends the
// protobuf encoding of the same message to telemetry.crewai.com:4319/v1/traces).
//
// Stand-ins, deterministic so the output diffs cleanly:
// - ids: CrewAI starts every span with no parent, so each span is the root of its own
//   trace; traceId/spanId here are the first 16/8 bytes of SHA-256 over the span's
//   subject and position, in hex as the OTLP/JSON mapping requires. Real ones are random.
// - times: startTimeUnixNano/endTimeUnixNano are "0".
// - values: ints as intValue strings (64-bit JSON mapping), floats as doubleValue,
//   bools as boolValue, everything else (JSON attributes, <placeholders>) as stringValue.
import { hexDigest } from '../../core/hash.js';
import { SERVICE_NAME, TRACER_NAME } from '../../telemetry/catalog/common.js';
import type { AttributeValue } from '../../telemetry/simulate.js';
import type { PreviewReport } from './report.js';

type AnyValue = { stringValue: string } | { intValue: string } | { boolValue: boolean } | { doubleValue: number };

const SPAN_KIND_INTERNAL = 1;
const STATUS_CODE_OK = 1;

function anyValue(v: AttributeValue): AnyValue {
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  return { stringValue: v };
}

const hexId = (seed: string, bytes: number) => hexDigest('sha256', seed).slice(0, bytes * 2);

export function otlpRequest(r: PreviewReport) {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: SERVICE_NAME } }] },
        scopeSpans: [
          {
            scope: { name: TRACER_NAME },
            spans: r.spans.map((s, i) => ({
              traceId: hexId(`crewtel trace\0${s.subject}\0${i}`, 16),
              spanId: hexId(`crewtel span\0${s.subject}\0${i}`, 8),
              name: s.name,
              kind: SPAN_KIND_INTERNAL,
              startTimeUnixNano: '0',
              endTimeUnixNano: '0',
              attributes: s.attributes.map((a) => ({ key: a.key, value: anyValue(a.value) })),
              status: { code: STATUS_CODE_OK },
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
