import { describe, expect, it } from 'vitest';
import { matchHandoverRules } from './handover-rules.js';

describe('hand-over rules', () => {
  it('hands over when the guest asks for a person, in several languages', () => {
    for (const text of ['Can I talk to a human?', 'Quero falar com uma pessoa', 'Quiero hablar con alguien'])
      expect(matchHandoverRules(text, [])?.rule).toBe('person_requested');
  });
  it('hands over complaints and urgent messages, accents or not', () => {
    for (const text of [
      'I want a refund',
      'É urgente!',
      'Emergência no quarto',
      'There is a leak in the bathroom',
    ])
      expect(matchHandoverRules(text, [])?.rule).toBe('complaint_or_urgent');
  });
  it('hands over configured topics and leaves plain questions to the AI', () => {
    expect(matchHandoverRules('Do you do group bookings?', ['group booking'])?.rule).toBe('topic');
    expect(matchHandoverRules('What time is check-in?', ['group booking'])).toBeNull();
    expect(matchHandoverRules('Há estacionamento?', [])).toBeNull();
  });
});
