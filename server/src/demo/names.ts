/** Fictional names of many origins, as met in Brussels. Combined at random: no real person is meant. */
export const FIRST_NAMES_F = [
  'Hélène', 'Fatima', 'Aïcha', 'Marie', 'Sofia', 'Nadia', 'Amina', 'Léa', 'Inès', 'Yasmina', 'Chloé', 'Elif', 'Zeynep',
  'Agnieszka', 'Ioana', 'Maria', 'Ana', 'Fatoumata', 'Aminata', 'Mariam', 'Khadija', 'Sarah', 'Julie', 'Emma', 'Lucía',
  'Naïma', 'Rania', 'Svetlana', 'Olena', 'Priya', 'Mei', 'Nour', 'Salma', 'Aurélie', 'Sanne', 'Lotte', 'Fien', 'Mbali',
];
export const FIRST_NAMES_M = [
  'Mohamed', 'Karim', 'Youssef', 'Mehdi', 'Lucas', 'Thomas', 'Ahmed', 'Omar', 'Mamadou', 'Ibrahim', 'Jean', 'Pierre',
  'Mustafa', 'Emre', 'Piotr', 'Andrei', 'João', 'Carlos', 'Bilal', 'Hamza', 'Rachid', 'Samir', 'Nicolas', 'Antoine',
  'Jonas', 'Pieter', 'Wout', 'Kofi', 'Moussa', 'Ayoub', 'Dimitri', 'Arben', 'Ravi', 'Wei', 'Tariq', 'Adama', 'Serge',
];
export const LAST_NAMES = [
  'Dubois', 'El Amrani', 'Benali', 'Peeters', 'Janssens', 'Diallo', 'Yılmaz', 'Kowalski', 'Popescu', 'Silva', 'Martin',
  'Lambert', 'Nguyen', 'Bakari', 'Haddad', 'Moreau', 'Dupont', 'Van den Broeck', 'De Smet', 'Mertens', 'Ouedraogo',
  'Kabila', 'Mukendi', 'Ferreira', 'García', 'Rossi', 'Bouzid', 'Chaoui', 'Öztürk', 'Demir', 'Nowak', 'Ionescu',
  'Ahmadi', 'Hussain', 'Traoré', 'Camara', 'Sow', 'Lemaire', 'Claes', 'Wouters', 'Maes', 'Leclercq', 'Tshibangu',
  'Mbuyi', 'Kaya', 'Aziz', 'Mansouri', 'Rahmani', 'Bensaïd', 'Laurent', 'Simon', 'Fontaine', 'Vermeulen',
];
export const NEIGHBOURHOODS = ['Pentagone', 'Laeken', 'Neder-over-Heembeek', 'Haren', 'Quartier Nord', 'Marolles', 'Anneessens', 'Versailles', 'Jonction', 'Héliport', 'Béguinage'];
export const LANGUAGES = ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'pl', 'ro', 'ln', 'ber', 'it', 'ru', 'uk'];

/** A small deterministic random source (mulberry32), so that the demo is the same every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
