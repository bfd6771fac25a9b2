/**
 * The demo data behind `npm run db:seed` (CONTRACT.md, "Demo data"). Plain constants only; seed.ts turns
 * them into rows. Times are relative (minutes / days before or after the seed's `now`) so a fresh seed
 * always shows a live-looking inbox: guests in house today, arrivals this week, recent messages.
 *
 * Phone numbers are in ranges libphonenumber accepts as valid (mostly its example-number ranges and the
 * fictional North American 555-01xx block); e-mail addresses use the reserved example.* domains, so no
 * demo message can reach a real person.
 */
import type {
  AiMode,
  ChannelProvider,
  ChannelType,
  ConversationStatus,
  DataScope,
  PlanName,
  StayStatus,
  SubscriptionStatus,
  UserRole,
} from '../index.js';

export const DEMO_PASSWORD = 'stayzr-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
  dataScope: DataScope;
}

export interface DemoChannel {
  /** Local key that conversations refer to. */
  key: string;
  type: ChannelType;
  provider: ChannelProvider;
  name: string;
  /** E.164 number for SMS/WhatsApp, mailbox for email (unique per provider). */
  address: string;
  /** Provider credentials; stored encrypted in ChannelAccount.encryptedConfig. */
  config: Readonly<Record<string, string>>;
  /**
   * Channels of providers Stayzr cannot send through yet are `pending` with the reason, never `active`:
   * their conversations show what a hotel's history looks like, but replies there cannot reach the guest.
   */
  pending?: string;
}

const NOT_BUILT_YET = (what: string) =>
  `${what} is not in Stayzr yet: guests’ messages on this channel are not received and replies cannot be sent. Reply by SMS where the guest has a number.`;

export interface DemoGuest {
  key: string;
  name: string;
  phoneE164?: string;
  email?: string;
  /** The guest writes over WhatsApp: the seed stores the JID derived from the phone number. */
  whatsapp?: boolean;
  language: string;
  notes?: string;
}

export interface DemoStay {
  guest: string;
  room: string | null;
  /** Days from the hotel's local "today" (negative = in the past). */
  checkInInDays: number;
  nights: number;
  status: StayStatus;
  confirmationCode: string;
}

export type DemoMessage =
  | { kind: 'guest'; minutesAgo: number; body: string }
  | {
      kind: 'staff';
      minutesAgo: number;
      /** E-mail of the demo user who sent it. */
      by: string;
      body: string;
      status: 'sent' | 'delivered' | 'read' | 'failed';
      error?: { code: string; message: string };
    }
  | { kind: 'ai'; minutesAgo: number; body: string; status: 'sent' | 'delivered' | 'read' }
  | { kind: 'note'; minutesAgo: number; by: string; body: string };

export interface DemoConversation {
  /** Stable per-organization number: the reply token is `demo-<slug>-<n>`, external ids derive from it. */
  n: number;
  guest: string;
  channel: string;
  status: ConversationStatus;
  assignee: string | null;
  /** E-mail conversations only. */
  subject?: string;
  /** For snoozed conversations: hours from `now` until the snooze ends. */
  snoozeHours?: number;
  messages: readonly DemoMessage[];
}

export interface DemoKnowledgeArticle {
  title: string;
  body: string;
  tags: readonly string[];
  /** ISO 639-1; English when absent. */
  language?: string;
}

export interface DemoHotelFacts {
  checkInTime: string;
  checkOutTime: string;
  address: string;
  wifiNetwork: string;
  wifiPassword: string;
  parking: string;
  breakfastHours: string;
}

export interface DemoCannedResponse {
  /** Without the leading slash: staff type `/wifi` in the composer. */
  shortcut: string;
  title: string;
  body: string;
}

export interface DemoOrganization {
  slug: string;
  name: string;
  plan: PlanName;
  subscriptionStatus: SubscriptionStatus;
  timezone: string;
  country: string;
  aiMode: AiMode;
  smsHelpText: string | null;
  property: { name: string; address: string };
  users: readonly DemoUser[];
  channels: readonly DemoChannel[];
  guests: readonly DemoGuest[];
  stays: readonly DemoStay[];
  conversations: readonly DemoConversation[];
  knowledge: readonly DemoKnowledgeArticle[];
  facts: DemoHotelFacts | null;
  cannedResponses: readonly DemoCannedResponse[];
}

export const DEMO_SUPER_ADMIN: DemoUser = {
  email: 'admin@stayzr.test',
  name: 'Stayzr Admin',
  role: 'SUPER_ADMIN',
  dataScope: 'all',
};

const HOUR = 60;
const DAY = 24 * HOUR;

const AURORA_FRONT_DESK = 'frontdesk@aurora.test';
const AURORA_MANAGER = 'manager@aurora.test';
const SEASIDE_MANAGER = 'manager@seaside.test';

const AURORA: DemoOrganization = {
  slug: 'aurora',
  name: 'Hotel Aurora',
  plan: 'professional',
  subscriptionStatus: 'active',
  timezone: 'Europe/Lisbon',
  country: 'PT',
  aiMode: 'auto',
  smsHelpText:
    'Hotel Aurora Lisboa: text us any time, the front desk answers 24/7. Call +351 21 000 0001. Reply STOP to opt out.',
  property: { name: 'Hotel Aurora Lisboa', address: 'Rua Garrett 12, 1200-203 Lisboa, Portugal' },
  users: [
    { email: AURORA_MANAGER, name: 'Marta Silva', role: 'ORG_ADMIN', dataScope: 'all' },
    { email: AURORA_FRONT_DESK, name: 'Tiago Ferreira', role: 'STAFF', dataScope: 'all' },
  ],
  channels: [
    {
      key: 'sms',
      type: 'sms',
      provider: 'twilio',
      name: 'Aurora SMS',
      address: '+15005550006',
      config: { accountSid: 'AC00000000000000000000000000000001', authToken: 'aurora-demo-twilio-token' },
    },
    {
      key: 'email',
      type: 'email',
      provider: 'smtp',
      name: 'Aurora front desk e-mail',
      address: 'stay@aurora.test',
      config: {},
      pending: NOT_BUILT_YET('Email'),
    },
    {
      key: 'whatsapp',
      type: 'whatsapp',
      provider: 'whatsapp_cloud',
      name: 'Aurora WhatsApp',
      address: '+351210000001',
      config: {
        phoneNumberId: '100000000000001',
        verifyToken: 'aurora-demo-verify-token',
        appSecret: 'aurora-demo-app-secret',
        accessToken: 'aurora-demo-access-token',
      },
      pending: NOT_BUILT_YET('WhatsApp'),
    },
  ],
  guests: [
    {
      key: 'emma',
      name: 'Emma Thompson',
      phoneE164: '+447400123456',
      email: 'emma.thompson@example.com',
      language: 'en',
      notes: 'Prefers a high floor. Celebrating a wedding anniversary.',
    },
    {
      key: 'lucia',
      name: 'Lucía Fernández',
      phoneE164: '+34612345678',
      email: 'lucia.fernandez@example.net',
      whatsapp: true,
      language: 'es',
    },
    { key: 'jonas', name: 'Jonas Becker', email: 'jonas.becker@example.org', language: 'de' },
    {
      key: 'camille',
      name: 'Camille Laurent',
      phoneE164: '+33612345678',
      email: 'camille.laurent@example.com',
      language: 'fr',
    },
    {
      key: 'ana',
      name: 'Ana Costa',
      phoneE164: '+351912345678',
      whatsapp: true,
      language: 'pt',
      notes: 'Arrives by car; garage space requested.',
    },
    {
      key: 'haruto',
      name: 'Haruto Sato',
      phoneE164: '+819012345678',
      email: 'haruto.sato@example.jp',
      language: 'ja',
    },
    {
      key: 'michael',
      name: 'Michael Reed',
      phoneE164: '+12125550147',
      email: 'michael.reed@example.com',
      language: 'en',
      notes: 'Business traveller, invoices to Reed Analytics LLC.',
    },
    { key: 'sofia', name: 'Sofia Rossi', phoneE164: '+393123456789', whatsapp: true, language: 'it' },
    {
      key: 'daan',
      name: 'Daan de Vries',
      phoneE164: '+31612345678',
      email: 'daan.devries@example.net',
      language: 'nl',
    },
    { key: 'lukas', name: 'Lukas Schneider', phoneE164: '+4915123456789', language: 'de' },
  ],
  stays: [
    {
      guest: 'emma',
      room: '304',
      checkInInDays: -2,
      nights: 4,
      status: 'checked_in',
      confirmationCode: 'AUR-7K3M9Q',
    },
    {
      guest: 'camille',
      room: '212',
      checkInInDays: -1,
      nights: 3,
      status: 'checked_in',
      confirmationCode: 'AUR-4H8T2L',
    },
    {
      guest: 'ana',
      room: '108',
      checkInInDays: -3,
      nights: 5,
      status: 'checked_in',
      confirmationCode: 'AUR-9P5W1D',
    },
    {
      guest: 'haruto',
      room: null,
      checkInInDays: 1,
      nights: 2,
      status: 'booked',
      confirmationCode: 'AUR-2X6B8N',
    },
    {
      guest: 'lucia',
      room: null,
      checkInInDays: 3,
      nights: 3,
      status: 'booked',
      confirmationCode: 'AUR-5F1R7C',
    },
    {
      guest: 'jonas',
      room: null,
      checkInInDays: 7,
      nights: 5,
      status: 'booked',
      confirmationCode: 'AUR-8M4J6V',
    },
    {
      guest: 'sofia',
      room: null,
      checkInInDays: 14,
      nights: 4,
      status: 'booked',
      confirmationCode: 'AUR-3T9K5S',
    },
    {
      guest: 'michael',
      room: '501',
      checkInInDays: -20,
      nights: 3,
      status: 'checked_out',
      confirmationCode: 'AUR-6Q2H4Z',
    },
    {
      guest: 'michael',
      room: '502',
      checkInInDays: -190,
      nights: 2,
      status: 'checked_out',
      confirmationCode: 'AUR-1C7N3G',
    },
    {
      guest: 'daan',
      room: '215',
      checkInInDays: -45,
      nights: 2,
      status: 'checked_out',
      confirmationCode: 'AUR-4D8L2Y',
    },
    {
      guest: 'lukas',
      room: null,
      checkInInDays: 9,
      nights: 2,
      status: 'canceled',
      confirmationCode: 'AUR-7W5E9P',
    },
  ],
  conversations: [
    {
      n: 1,
      guest: 'michael',
      channel: 'email',
      status: 'resolved',
      assignee: AURORA_MANAGER,
      subject: 'Invoice for my stay',
      messages: [
        {
          kind: 'guest',
          minutesAgo: 16 * DAY,
          body: 'Hello,\n\nCould you send me an invoice for my stay (confirmation AUR-6Q2H4Z) made out to Reed Analytics LLC, 350 Fifth Avenue, New York, NY 10118?\n\nThanks,\nMichael Reed',
        },
        {
          kind: 'staff',
          minutesAgo: 16 * DAY - 2 * HOUR,
          by: AURORA_MANAGER,
          status: 'sent',
          body: 'Dear Mr. Reed,\n\nThank you for staying with us. The invoice has been reissued to Reed Analytics LLC; our accounts team will e-mail the PDF from billing@aurora.test today.\n\nKind regards,\nMarta Silva\nHotel Aurora Lisboa',
        },
        { kind: 'guest', minutesAgo: 15 * DAY, body: 'Received it, thank you Marta!\n\nMichael' },
      ],
    },
    {
      n: 2,
      guest: 'jonas',
      channel: 'email',
      status: 'pending',
      assignee: AURORA_FRONT_DESK,
      subject: 'Early check-in request',
      messages: [
        {
          kind: 'guest',
          minutesAgo: 2 * DAY,
          body: 'Hello,\n\nWe land in Lisbon at 07:40 on our arrival day. Would an early check-in around 10:00 be possible?\n\nBest regards,\nJonas Becker',
        },
        {
          kind: 'staff',
          minutesAgo: 2 * DAY - 3 * HOUR,
          by: AURORA_FRONT_DESK,
          status: 'sent',
          body: 'Dear Mr. Becker,\n\nThank you for your message. We can guarantee a 10:00 check-in for EUR 40; otherwise you are welcome to leave your luggage with us and enjoy breakfast while your room is prepared. Shall I book the early check-in?\n\nKind regards,\nTiago Ferreira\nHotel Aurora Lisboa',
        },
      ],
    },
    {
      n: 3,
      guest: 'camille',
      channel: 'sms',
      status: 'resolved',
      assignee: AURORA_FRONT_DESK,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 20 * HOUR,
          body: 'Bonsoir ! Can you recommend a place nearby to hear fado tonight?',
        },
        {
          kind: 'staff',
          minutesAgo: 20 * HOUR - 8,
          by: AURORA_FRONT_DESK,
          status: 'delivered',
          body: 'Bonsoir Camille! Tasca do Chico in Bairro Alto is a 5-minute walk and has live fado from 20:00. Shall we book a table for two?',
        },
        { kind: 'guest', minutesAgo: 20 * HOUR - 15, body: 'Oui, 20:30 please. Merci beaucoup !' },
        {
          kind: 'staff',
          minutesAgo: 20 * HOUR - 30,
          by: AURORA_FRONT_DESK,
          status: 'delivered',
          body: 'Done: table for 2 at 20:30 under Laurent. Bonne soirée!',
        },
      ],
    },
    {
      n: 4,
      guest: 'haruto',
      channel: 'sms',
      status: 'open',
      assignee: AURORA_FRONT_DESK,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 10 * HOUR,
          body: 'Hello, this is Haruto Sato. My flight lands late, so I will only arrive around 23:30 on my arrival day. Is that OK?',
        },
        {
          kind: 'staff',
          minutesAgo: 10 * HOUR - 10,
          by: AURORA_FRONT_DESK,
          status: 'failed',
          error: { code: '30003', message: 'Unreachable destination handset' },
          body: 'Hello Mr. Sato, no problem at all: our front desk is open 24/7. We look forward to welcoming you!',
        },
        {
          kind: 'note',
          minutesAgo: 10 * HOUR - 12,
          by: AURORA_FRONT_DESK,
          body: 'SMS did not reach him (30003, phone probably off during the flight). Try again tomorrow or e-mail haruto.sato@example.jp.',
        },
      ],
    },
    {
      n: 5,
      guest: 'ana',
      channel: 'whatsapp',
      status: 'snoozed',
      assignee: AURORA_FRONT_DESK,
      snoozeHours: 14,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 5 * HOUR,
          body: 'Olá! Posso deixar o carro na garagem do hotel até sábado?',
        },
        {
          kind: 'staff',
          minutesAgo: 5 * HOUR - 10,
          by: AURORA_FRONT_DESK,
          status: 'read',
          body: 'Olá Ana! Sim, claro. A garagem custa 18 € por noite; deixe a chave na receção e nós estacionamos o carro.',
        },
        {
          kind: 'note',
          minutesAgo: 5 * HOUR - 12,
          by: AURORA_FRONT_DESK,
          body: 'Garage space 14 held for Ana until Saturday. Night shift: add the parking to her folio.',
        },
        { kind: 'guest', minutesAgo: 5 * HOUR - 20, body: 'Perfeito, obrigada!' },
        {
          kind: 'staff',
          minutesAgo: 5 * HOUR - 25,
          by: AURORA_FRONT_DESK,
          status: 'read',
          body: 'De nada! O lugar 14 fica reservado para si. Boa estadia!',
        },
      ],
    },
    {
      n: 6,
      guest: 'lucia',
      channel: 'whatsapp',
      status: 'open',
      assignee: null,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 3 * HOUR,
          body: '¡Hola! El día de llegada aterrizamos en Lisboa a las 14:00. ¿Ofrecen traslado desde el aeropuerto?',
        },
        {
          kind: 'ai',
          minutesAgo: 3 * HOUR - 1,
          status: 'read',
          body: '¡Hola Lucía! Sí, ofrecemos traslado privado desde el aeropuerto de Lisboa por 35 € por trayecto (hasta 3 personas). ¿Quiere que lo reservemos para su llegada? Indíquenos el número de vuelo, por favor.',
        },
        { kind: 'guest', minutesAgo: 40, body: 'Sí, por favor, para 2 personas. El vuelo es el IB3104.' },
      ],
    },
    {
      n: 7,
      guest: 'emma',
      channel: 'sms',
      status: 'open',
      assignee: AURORA_FRONT_DESK,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 95,
          body: 'Hi, Emma in room 304. Could we get two extra towels, and is a late checkout possible on our last day?',
        },
        {
          kind: 'staff',
          minutesAgo: 82,
          by: AURORA_FRONT_DESK,
          status: 'delivered',
          body: 'Hi Emma! Towels are on their way. Late checkout until 13:00 is fine on your last day, no charge.',
        },
        { kind: 'guest', minutesAgo: 12, body: 'Perfect, thank you! Is the rooftop bar open tonight?' },
      ],
    },
    {
      n: 8,
      guest: 'sofia',
      channel: 'whatsapp',
      status: 'open',
      assignee: null,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 25,
          body: 'Buongiorno! Is breakfast included in our booking? And are there gluten-free options?',
        },
      ],
    },
  ],
  knowledge: [
    {
      title: 'Check-in and check-out times',
      tags: ['check-in', 'check-out', 'arrival', 'departure'],
      body: 'Check-in is from 15:00 and check-out is until 11:00. Early check-in from 10:00 can be guaranteed for EUR 40; otherwise it depends on availability, and luggage can be left at the front desk at any time. Late check-out until 13:00 is free on request; until 18:00 it costs EUR 50. The front desk is open 24 hours, so late arrivals are no problem.',
    },
    {
      title: 'Parking',
      tags: ['parking', 'car', 'garage'],
      body: 'The hotel has a private garage with 20 spaces, EUR 18 per night, valet only: leave the key at the front desk. Spaces cannot be reserved in advance except for guests with accessibility needs. The nearest public car park is Parque Chiado (Rua Nova da Trindade), about EUR 25 per day.',
    },
    {
      title: 'Wi-Fi',
      tags: ['wifi', 'internet'],
      body: 'Free Wi-Fi throughout the hotel. Network: Aurora-Guest, password: lisboa2026. For video calls, the network Aurora-Fast (same password) is faster in the rooms on floors 3 to 5.',
    },
    {
      title: 'Breakfast',
      tags: ['breakfast', 'restaurant', 'food'],
      body: 'Breakfast buffet daily 07:00-10:30 in the Terraço restaurant on the ground floor (weekends until 11:00). Included in all rates except room-only; otherwise EUR 19 per person. Gluten-free, vegan and lactose-free options are always available; tell us about allergies and the kitchen will prepare something. Room service breakfast costs EUR 6 extra.',
    },
    {
      title: 'Airport transfer',
      tags: ['airport', 'transfer', 'taxi'],
      body: 'Private airport transfer EUR 35 per way for up to 3 people (EUR 50 for up to 7). Book at least 12 hours ahead with the flight number; the driver waits with a name sign in arrivals. A taxi from the airport takes about 20 minutes and costs EUR 15-20; the metro (red then green line) stops at Baixa-Chiado, 3 minutes on foot.',
    },
    // The same answers in Portuguese, Aurora's second language: guests writing in Portuguese are
    // answered in Portuguese.
    {
      title: 'Horário de check-in e check-out',
      language: 'pt',
      tags: ['check-in', 'check-out', 'chegada', 'saída', 'hora', 'horas', 'horário'],
      body: 'O check-in é a partir das 15:00 e o check-out é até às 11:00. O check-in antecipado a partir das 10:00 pode ser garantido por EUR 40; a bagagem pode ficar na receção a qualquer hora. O late check-out até às 13:00 é gratuito a pedido.',
    },
    {
      title: 'Estacionamento',
      language: 'pt',
      tags: ['estacionamento', 'carro', 'garagem', 'parque'],
      body: 'Sim, o hotel tem uma garagem privada com 20 lugares, EUR 18 por noite, com serviço de valet: basta deixar a chave na receção. O parque público mais próximo é o Parque Chiado (Rua Nova da Trindade), cerca de EUR 25 por dia.',
    },
    {
      title: 'Wi-Fi',
      language: 'pt',
      tags: ['wifi', 'wi-fi', 'internet', 'senha', 'palavra-passe', 'rede'],
      body: 'Wi-Fi gratuito em todo o hotel. Rede: Aurora-Guest, senha (palavra-passe): lisboa2026. Para videochamadas, a rede Aurora-Fast (mesma senha) é mais rápida nos pisos 3 a 5.',
    },
    {
      title: 'Pequeno-almoço',
      language: 'pt',
      tags: ['pequeno-almoço', 'café', 'manhã', 'restaurante'],
      body: 'O pequeno-almoço buffet é servido todos os dias das 07:00 às 10:30 no restaurante Terraço, no rés-do-chão (fins de semana até às 11:00). Opções sem glúten, veganas e sem lactose estão sempre disponíveis.',
    },
  ],
  facts: {
    checkInTime: '15:00',
    checkOutTime: '11:00',
    address: 'Rua Garrett 12, 1200-203 Lisboa, Portugal',
    wifiNetwork: 'Aurora-Guest',
    wifiPassword: 'lisboa2026',
    parking:
      'Yes: private garage with 20 spaces, EUR 18 per night, valet only (leave the key at the front desk).',
    breakfastHours: '07:00-10:30 (weekends until 11:00)',
  },
  cannedResponses: [
    {
      shortcut: 'welcome',
      title: 'Welcome (filled in for the guest)',
      body: 'Hello {{guest.firstName}}, welcome to {{hotel.name}}! Your room {{stay.roomNumber}} is ready from 15:00 on {{stay.checkIn}}.',
    },
    {
      shortcut: 'wifi',
      title: 'Wi-Fi details',
      body: 'Our Wi-Fi network is Aurora-Guest and the password is lisboa2026. Enjoy your stay!',
    },
    {
      shortcut: 'checkout',
      title: 'Check-out time',
      body: 'Check-out is until 11:00. Late check-out until 13:00 is free on request; just reply to this message and we will note it.',
    },
    {
      shortcut: 'parking',
      title: 'Parking',
      body: 'We have a private garage at EUR 18 per night (valet). Just leave your key at the front desk when you arrive.',
    },
    {
      shortcut: 'breakfast',
      title: 'Breakfast hours',
      body: 'Breakfast is served 07:00-10:30 (weekends until 11:00) in the Terraço restaurant on the ground floor.',
    },
  ],
};

const SEASIDE: DemoOrganization = {
  slug: 'seaside',
  name: 'Seaside Inn',
  plan: 'starter',
  subscriptionStatus: 'active',
  timezone: 'America/New_York',
  country: 'US',
  aiMode: 'off',
  smsHelpText: null,
  property: { name: 'Seaside Inn', address: '41 Beach Avenue, Cape May, NJ 08204, USA' },
  users: [{ email: SEASIDE_MANAGER, name: 'Rachel Moore', role: 'ORG_ADMIN', dataScope: 'all' }],
  channels: [
    {
      key: 'sms',
      type: 'sms',
      provider: 'twilio',
      name: 'Seaside SMS',
      address: '+15005550007',
      config: { accountSid: 'AC00000000000000000000000000000002', authToken: 'seaside-demo-twilio-token' },
    },
    {
      key: 'email',
      type: 'email',
      provider: 'smtp',
      name: 'Seaside e-mail',
      address: 'hello@seaside.test',
      config: {},
      pending: NOT_BUILT_YET('Email'),
    },
  ],
  guests: [
    {
      key: 'jessica',
      name: 'Jessica Miller',
      phoneE164: '+16175550199',
      email: 'jessica.miller@example.com',
      language: 'en',
    },
    {
      key: 'david',
      name: 'David Chen',
      phoneE164: '+14165550123',
      email: 'david.chen@example.net',
      language: 'en',
    },
    { key: 'mariana', name: 'Mariana Silva', phoneE164: '+5511961234567', language: 'pt' },
    { key: 'liam', name: 'Liam Walsh', phoneE164: '+353852012345', language: 'en' },
    {
      key: 'olivia',
      name: 'Olivia Brown',
      phoneE164: '+61412345678',
      email: 'olivia.brown@example.org',
      language: 'en',
    },
    { key: 'carlos', name: 'Carlos Hernández', phoneE164: '+525512345678', language: 'es' },
    {
      key: 'grace',
      name: 'Grace Kim',
      phoneE164: '+13025550188',
      email: 'grace.kim@example.com',
      language: 'en',
      notes: 'Returning guest, likes the room with the porch.',
    },
    {
      key: 'lena',
      name: 'Lena Meier',
      phoneE164: '+41781234567',
      email: 'lena.meier@example.net',
      language: 'de',
    },
  ],
  stays: [
    {
      guest: 'jessica',
      room: '12',
      checkInInDays: -1,
      nights: 3,
      status: 'checked_in',
      confirmationCode: 'SEA-10482',
    },
    {
      guest: 'carlos',
      room: '7',
      checkInInDays: 0,
      nights: 2,
      status: 'checked_in',
      confirmationCode: 'SEA-10491',
    },
    {
      guest: 'liam',
      room: null,
      checkInInDays: 2,
      nights: 2,
      status: 'booked',
      confirmationCode: 'SEA-10503',
    },
    {
      guest: 'david',
      room: '3',
      checkInInDays: 10,
      nights: 4,
      status: 'booked',
      confirmationCode: 'SEA-10517',
    },
    {
      guest: 'grace',
      room: null,
      checkInInDays: 21,
      nights: 5,
      status: 'booked',
      confirmationCode: 'SEA-10524',
    },
    {
      guest: 'mariana',
      room: '8',
      checkInInDays: -6,
      nights: 3,
      status: 'checked_out',
      confirmationCode: 'SEA-10433',
    },
    {
      guest: 'olivia',
      room: '10',
      checkInInDays: -12,
      nights: 4,
      status: 'checked_out',
      confirmationCode: 'SEA-10401',
    },
    {
      guest: 'lena',
      room: '5',
      checkInInDays: -30,
      nights: 2,
      status: 'checked_out',
      confirmationCode: 'SEA-10356',
    },
    {
      guest: 'grace',
      room: '14',
      checkInInDays: -380,
      nights: 3,
      status: 'checked_out',
      confirmationCode: 'SEA-09120',
    },
  ],
  conversations: [
    {
      n: 1,
      guest: 'olivia',
      channel: 'email',
      status: 'resolved',
      assignee: SEASIDE_MANAGER,
      subject: 'Thank you for a lovely stay',
      messages: [
        {
          kind: 'guest',
          minutesAgo: 7 * DAY,
          body: 'Hi Rachel,\n\nJust wanted to say thank you for a wonderful week. The porch breakfasts were the highlight of our trip!\n\nOlivia',
        },
        {
          kind: 'staff',
          minutesAgo: 7 * DAY - 5 * HOUR,
          by: SEASIDE_MANAGER,
          status: 'sent',
          body: 'Hi Olivia,\n\nThank you so much for the kind words. We would love to welcome you back next summer!\n\nWarmly,\nRachel Moore\nSeaside Inn',
        },
      ],
    },
    {
      n: 2,
      guest: 'mariana',
      channel: 'sms',
      status: 'resolved',
      assignee: SEASIDE_MANAGER,
      messages: [
        { kind: 'guest', minutesAgo: 3 * DAY, body: 'Hi, I think I left my laptop charger in room 8.' },
        {
          kind: 'staff',
          minutesAgo: 3 * DAY - 20,
          by: SEASIDE_MANAGER,
          status: 'delivered',
          body: 'Hi Mariana, housekeeping found it! We can mail it to you or keep it at the front desk.',
        },
        {
          kind: 'guest',
          minutesAgo: 3 * DAY - 35,
          body: 'My friend Ana will pick it up tomorrow at 10am. Thank you!',
        },
        {
          kind: 'staff',
          minutesAgo: 3 * DAY - 40,
          by: SEASIDE_MANAGER,
          status: 'delivered',
          body: 'Perfect, it will be at the front desk under your name.',
        },
      ],
    },
    {
      n: 3,
      guest: 'david',
      channel: 'email',
      status: 'pending',
      assignee: SEASIDE_MANAGER,
      subject: 'Traveling with our dog',
      messages: [
        {
          kind: 'guest',
          minutesAgo: 26 * HOUR,
          body: 'Hello,\n\nWe are booked for next week and would like to bring our dog Maple (a 30 lb beagle). Is that allowed?\n\nDavid Chen',
        },
        {
          kind: 'staff',
          minutesAgo: 22 * HOUR,
          by: SEASIDE_MANAGER,
          status: 'sent',
          body: 'Hi David,\n\nMaple is very welcome! Dogs up to 40 lb stay for $25 per night. I have moved you to room 3 on the ground floor, next to the garden. Could you confirm that works for you?\n\nRachel Moore\nSeaside Inn',
        },
      ],
    },
    {
      n: 4,
      guest: 'liam',
      channel: 'sms',
      status: 'snoozed',
      assignee: SEASIDE_MANAGER,
      snoozeHours: 20,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 6 * HOUR,
          body: 'Hi there, is there parking at the inn? Arriving by car in a couple of days.',
        },
        {
          kind: 'staff',
          minutesAgo: 6 * HOUR - 15,
          by: SEASIDE_MANAGER,
          status: 'delivered',
          body: 'Hi Liam! Yes, free parking behind the inn. We will text you the gate code the day before you arrive.',
        },
      ],
    },
    {
      n: 5,
      guest: 'carlos',
      channel: 'sms',
      status: 'open',
      assignee: SEASIDE_MANAGER,
      messages: [
        { kind: 'guest', minutesAgo: 4 * HOUR, body: 'Hola, what time is check-in today?' },
        {
          kind: 'staff',
          minutesAgo: 4 * HOUR - 6,
          by: SEASIDE_MANAGER,
          status: 'delivered',
          body: 'Hola Carlos! Check-in is from 3pm. See you soon!',
        },
        {
          kind: 'guest',
          minutesAgo: 55,
          body: 'Gracias. We are early, can we leave our bags at the front desk?',
        },
      ],
    },
    {
      n: 6,
      guest: 'jessica',
      channel: 'sms',
      status: 'open',
      assignee: null,
      messages: [
        {
          kind: 'guest',
          minutesAgo: 30,
          body: 'Hi! Do you have beach chairs and an umbrella we could borrow for the afternoon?',
        },
      ],
    },
  ],
  knowledge: [],
  facts: null,
  cannedResponses: [
    {
      shortcut: 'wifi',
      title: 'Wi-Fi details',
      body: 'Our Wi-Fi network is SeasideInn and the password is saltwater41. Enjoy!',
    },
    {
      shortcut: 'checkout',
      title: 'Check-out time',
      body: 'Check-out is at 11am. Leave your key in the box by the front door if the desk is closed.',
    },
    {
      shortcut: 'parking',
      title: 'Parking',
      body: 'Free parking is right behind the inn. The gate code is sent the day before arrival.',
    },
  ],
};

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [AURORA, SEASIDE];

/** What `npm run dev` and the README show a new user. */
export const DEMO_LOGINS: readonly { email: string; description: string; password: string }[] = [
  { email: DEMO_SUPER_ADMIN.email, description: 'super admin (no organization)', password: DEMO_PASSWORD },
  { email: AURORA_MANAGER, description: 'org admin, Hotel Aurora (professional)', password: DEMO_PASSWORD },
  { email: AURORA_FRONT_DESK, description: 'staff, Hotel Aurora', password: DEMO_PASSWORD },
  { email: SEASIDE_MANAGER, description: 'org admin, Seaside Inn (starter)', password: DEMO_PASSWORD },
];
