/**
 * Hand-over decided by code, not by a token in a model's free text: the guest asks for a person, writes
 * about a complaint or an emergency, or names a topic the hotel always answers itself. The patterns
 * cover every language the knowledge base supports; text is compared without accents.
 */

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const PERSON = [
  // en
  /\b(human|a person|real person|someone|somebody|an agent|staff member|manager|receptionist|front desk|speak (to|with)|talk (to|with)|call me)\b/,
  // pt
  /\b(humano|uma pessoa|alguem|atendente|funcionari[oa]|rececao|recepcao|gerente|falar com|ligue-me|ligar-me)\b/,
  // es
  /\b(humano|una persona|alguien|agente|recepcion|recepcionista|hablar con|llamame)\b/,
  // fr
  /\b(humain|une personne|quelqu'un|conseiller|reception|parler a|appelez-moi)\b/,
  // de
  /\b(mensch|eine person|jemand|mitarbeiter|rezeption|sprechen mit|rufen sie mich)\b/,
  // it, nl
  /\b(umano|una persona|qualcuno|operatore|reception|parlare con|medewerker|iemand|spreken met)\b/,
];

const COMPLAINT_OR_URGENT = [
  /\b(complain\w*|refund|terrible|awful|disgusting|unacceptable|angry|furious|worst|dirty|rude|urgent\w*|emergency|asap|immediately|help me|broken|leak\w*|flood\w*|fire|smoke|police|doctor|ambulance|sick|injur\w*|stolen|theft|lawyer)\b/,
  /\b(reclama\w*|queixa|reembolso|horrivel|pessim\w*|inaceitavel|sujo|suja|urgente|emergencia|socorro|avaria\w*|inund\w*|fogo|incendio|fumo|policia|medico|ambulancia|doente|ferid\w*|roubad\w*|advogado)\b/,
  /\b(queja|reclamacion|reembolso|horrible|inaceptable|sucio|urgente|emergencia|ayuda|roto|fuga|incendio|policia|medico|ambulancia|enfermo|robado)\b/,
  /\b(plainte|rembourse\w*|inacceptable|sale|urgent\w*|urgence|au secours|casse|fuite|incendie|police|medecin|ambulance|malade|vole)\b/,
  /\b(beschwerde|erstattung|schrecklich|inakzeptabel|schmutzig|dringend|notfall|hilfe|kaputt|feuer|polizei|arzt|krankenwagen|krank|gestohlen)\b/,
];

export type HandoverRule = 'person_requested' | 'complaint_or_urgent' | 'topic';

export interface RuleMatch {
  rule: HandoverRule;
  detail: string;
}

export function matchHandoverRules(message: string, topics: readonly string[]): RuleMatch | null {
  const text = fold(message);
  const person = PERSON.map((p) => p.exec(text)).find(Boolean);
  if (person) return { rule: 'person_requested', detail: person[0] };
  const urgent = COMPLAINT_OR_URGENT.map((p) => p.exec(text)).find(Boolean);
  if (urgent) return { rule: 'complaint_or_urgent', detail: urgent[0] };
  const topic = topics.find((t) => t.trim() && text.includes(fold(t.trim())));
  if (topic) return { rule: 'topic', detail: topic };
  return null;
}

export function describeRule(match: RuleMatch): string {
  switch (match.rule) {
    case 'person_requested':
      return `the guest asked for a person ("${match.detail}")`;
    case 'complaint_or_urgent':
      return `the message looks like a complaint or something urgent ("${match.detail}")`;
    case 'topic':
      return `the message is about "${match.detail}", a topic staff always answer`;
  }
}
