import type { ExtraPassage } from '@stayzr/db/queries';
import type { HotelFactsDto } from '../../schemas/knowledge.js';

type FactKey = 'checkIn' | 'wifi' | 'parking' | 'breakfast' | 'address';

interface FactTemplate {
  title: string;
  tags: string[];
  render(facts: HotelFactsDto): string | null;
}

/**
 * Each structured fact as a passage in each language we write templates for: searched like an article
 * in that language, and answered with the guest's language when the question is in it.
 */
const TEMPLATES: Record<string, Record<FactKey, FactTemplate>> = {
  en: {
    checkIn: {
      title: 'Check-in and check-out times',
      tags: ['check-in', 'check-out', 'arrival', 'departure', 'time'],
      render: (f) =>
        join([
          f.checkInTime && `Check-in is from ${f.checkInTime}.`,
          f.checkOutTime && `Check-out is until ${f.checkOutTime}.`,
        ]),
    },
    wifi: {
      title: 'Wi-Fi',
      tags: ['wifi', 'wi-fi', 'internet', 'password', 'network'],
      render: (f) =>
        f.wifiNetwork || f.wifiPassword
          ? `${join(
              [
                f.wifiNetwork && `The Wi-Fi network is ${f.wifiNetwork}`,
                f.wifiPassword && `${f.wifiNetwork ? 'and the' : 'The Wi-Fi'} password is ${f.wifiPassword}`,
              ],
              ' ',
            )}.`
          : null,
    },
    parking: { title: 'Parking', tags: ['parking', 'car', 'garage'], render: (f) => f.parking },
    breakfast: {
      title: 'Breakfast',
      tags: ['breakfast', 'morning'],
      render: (f) => f.breakfastHours && `Breakfast is served ${f.breakfastHours}.`,
    },
    address: {
      title: 'Address',
      tags: ['address', 'location', 'where'],
      render: (f) => f.address && `Our address is ${f.address}.`,
    },
  },
  pt: {
    checkIn: {
      title: 'Horário de check-in e check-out',
      tags: ['check-in', 'check-out', 'chegada', 'saída', 'hora', 'horas', 'horário'],
      render: (f) =>
        join([
          f.checkInTime && `O check-in é a partir das ${f.checkInTime}.`,
          f.checkOutTime && `O check-out é até às ${f.checkOutTime}.`,
        ]),
    },
    wifi: {
      title: 'Wi-Fi',
      tags: ['wifi', 'wi-fi', 'internet', 'senha', 'palavra-passe', 'rede'],
      render: (f) =>
        f.wifiNetwork || f.wifiPassword
          ? `${join(
              [
                f.wifiNetwork && `A rede Wi-Fi é ${f.wifiNetwork}`,
                f.wifiPassword && `${f.wifiNetwork ? 'e a' : 'A'} palavra-passe é ${f.wifiPassword}`,
              ],
              ' ',
            )}.`
          : null,
    },
    // Free text is kept as the hotel wrote it; an article in Portuguese ranks before it.
    parking: { title: 'Estacionamento', tags: ['estacionamento', 'carro', 'garagem'], render: () => null },
    breakfast: {
      title: 'Pequeno-almoço',
      tags: ['pequeno-almoço', 'café', 'manhã'],
      render: (f) => f.breakfastHours && `O pequeno-almoço é servido ${f.breakfastHours}.`,
    },
    address: {
      title: 'Morada',
      tags: ['morada', 'endereço', 'localização', 'onde'],
      render: (f) => f.address && `A nossa morada é ${f.address}.`,
    },
  },
  es: {
    checkIn: {
      title: 'Horario de check-in y check-out',
      tags: ['check-in', 'check-out', 'llegada', 'salida', 'hora', 'horario'],
      render: (f) =>
        join([
          f.checkInTime && `El check-in es a partir de las ${f.checkInTime}.`,
          f.checkOutTime && `El check-out es hasta las ${f.checkOutTime}.`,
        ]),
    },
    wifi: {
      title: 'Wi-Fi',
      tags: ['wifi', 'wi-fi', 'internet', 'contraseña', 'clave', 'red'],
      render: (f) =>
        f.wifiNetwork || f.wifiPassword
          ? `${join(
              [
                f.wifiNetwork && `La red Wi-Fi es ${f.wifiNetwork}`,
                f.wifiPassword && `${f.wifiNetwork ? 'y la' : 'La'} contraseña es ${f.wifiPassword}`,
              ],
              ' ',
            )}.`
          : null,
    },
    parking: {
      title: 'Aparcamiento',
      tags: ['aparcamiento', 'parking', 'coche', 'garaje'],
      render: () => null,
    },
    breakfast: {
      title: 'Desayuno',
      tags: ['desayuno'],
      render: (f) => f.breakfastHours && `El desayuno se sirve ${f.breakfastHours}.`,
    },
    address: {
      title: 'Dirección',
      tags: ['dirección', 'ubicación', 'dónde'],
      render: (f) => f.address && `Nuestra dirección es ${f.address}.`,
    },
  },
};

function join(parts: (string | null | false | undefined)[], separator = ' '): string | null {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length ? present.join(separator) : null;
}

export const EMPTY_FACTS: HotelFactsDto = {
  checkInTime: null,
  checkOutTime: null,
  address: null,
  wifiNetwork: null,
  wifiPassword: null,
  parking: null,
  breakfastHours: null,
};

/** The facts the hotel filled in, as passages in every template language. */
export function factPassages(facts: HotelFactsDto | null): ExtraPassage[] {
  if (!facts) return [];
  return Object.entries(TEMPLATES).flatMap(([language, templates]) =>
    (Object.entries(templates) as [FactKey, FactTemplate][]).flatMap(([key, template]) => {
      const body = template.render(facts);
      return body ? [{ ref: key, title: template.title, tags: template.tags, body, language }] : [];
    }),
  );
}
