// PERSON must be precise on job titles (roles are full of capitalised words) and still
// find names in prose, tool names and several scripts.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/scan/scanText.js';

const persons = (text: string, kind: 'prose' | 'identifier' = 'prose') =>
  scanText(text, { kind }).filter((m) => m.entity === 'PERSON').map((m) => m.text);

describe('job titles and capitalised phrases do not fire', () => {
  it.each([
    'Senior Data Researcher',
    'Grace Period Policy Analyst',
    'Will draft the summary',
    'Reporting Analyst',
    'Lead Market Analyst',
    'Chief Content Officer',
    'Email Trash Cleanup Specialist',
    'Mark Down Formatter',
    'Hunter Recruitment Coordinator',
    'Emergency Services Dispatcher',
    'Senior React Engineer',
    'Customer Support Lead for the Paris office',
    'Travel Consultant specialised in New York trips',
    'Frank assessment of the quarterly plan',
    'Summer Campaign Strategist',
    'Estrategista Chefe de Marketing',
    'Diretor Criativo',
    'Analista Financeiro Sênior',
    'Responsable du Service Client',
    'Il Boss della banda',
    'Report to Market Research for approval',
    '请把报告发给市场部。',
    '由系统自动生成',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names are found', () => {
  it.each([
    ['Escalations go to Maria Garcia before noon.', 'Maria Garcia'],
    ['You are an HR professional named Sarah who writes warm emails.', 'Sarah'],
    ["Match Michael's communication style.", 'Michael'],
    ['Approved by Dr. Okafor last week.', 'Okafor'],
    ['Send the digest to Svenja Kowalski.', 'Svenja Kowalski'],
    ['Contacte a João Silva amanhã.', 'João Silva'],
    ['Chiedi a Giulia Rossi il rapporto.', 'Giulia Rossi'],
    ['请联系王伟先生确认。', '王伟'],
    ['这个项目由张伟负责。', '张伟'],
    ['田中さんに送ってください。', '田中'],
    ['김민준 씨에게 보고하세요.', '김민준'],
    ['דוד כהן אחראי על הדוח', 'דוד כהן'],
  ])('%s → %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('in tool names as CrewAI sends them', () => {
    expect(persons('read_maria_garcia_calendar', 'identifier')).toEqual(['maria_garcia']);
    expect(persons('lookupJohnSmithProfile', 'identifier')).toEqual(['JohnSmith']);
    expect(persons('send_report_to_priya', 'identifier')).toEqual(['priya']);
    expect(persons('mark_task_done', 'identifier')).toEqual([]);
    expect(persons('grace_period_checker', 'identifier')).toEqual([]);
  });

  it('offsets point at the name', () => {
    const text = 'Backup contact: Maria Garcia.';
    const m = scanText(text).find((x) => x.entity === 'PERSON')!;
    expect(text.slice(m.start, m.end)).toBe('Maria Garcia');
  });
});
