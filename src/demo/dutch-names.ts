/**
 * Names for generated members: first names popular in the Netherlands in the decade a member was
 * born (so a grandmother is not called Nova), surnames common in Drenthe, and a share of names of
 * the larger groups of newer Dutch.
 */
export interface FirstNames {
  bornFrom: number
  male: readonly string[]
  female: readonly string[]
}

export const firstNamesByGeneration: readonly FirstNames[] = [
  {
    bornFrom: 1900,
    male: ['Jan', 'Hendrik', 'Gerrit', 'Albert', 'Harm', 'Jacob', 'Roelof', 'Klaas', 'Willem', 'Johannes', 'Lammert', 'Geert', 'Egbert'],
    female: [
      'Johanna',
      'Geertje',
      'Hendrika',
      'Aaltje',
      'Jantje',
      'Grietje',
      'Anna',
      'Maria',
      'Roelofje',
      'Willemina',
      'Trijntje',
      'Janna',
    ],
  },
  {
    bornFrom: 1956,
    male: ['Peter', 'Henk', 'Jan', 'Gert', 'Harry', 'Albert', 'Bert', 'Johan', 'Wim', 'Hans', 'Roelof', 'Gerard', 'Erik', 'Jos'],
    female: ['Anita', 'Monique', 'Ingrid', 'Marja', 'Annie', 'Wilma', 'Ria', 'Gerda', 'Jolanda', 'Petra', 'Karin', 'Marian', 'Alida'],
  },
  {
    bornFrom: 1976,
    male: ['Mark', 'Dennis', 'Jeroen', 'Martijn', 'Erwin', 'Sander', 'Bas', 'Niels', 'Rick', 'Tim', 'Kevin', 'Arjan', 'Remco', 'Jasper'],
    female: ['Linda', 'Marieke', 'Sanne', 'Anouk', 'Esther', 'Kim', 'Lisa', 'Femke', 'Anne', 'Mirjam', 'Wendy', 'Ilse', 'Marloes'],
  },
  {
    bornFrom: 1996,
    male: ['Thomas', 'Tim', 'Lars', 'Jesse', 'Thijs', 'Ruben', 'Niels', 'Bram', 'Stijn', 'Luuk', 'Jelle', 'Rick', 'Daan', 'Wouter'],
    female: ['Lisa', 'Anouk', 'Iris', 'Sanne', 'Fleur', 'Lotte', 'Eva', 'Julia', 'Demi', 'Romy', 'Femke', 'Britt', 'Esmee'],
  },
  {
    bornFrom: 2010,
    male: ['Daan', 'Sem', 'Lucas', 'Finn', 'Levi', 'Noah', 'Milan', 'Jesse', 'Bram', 'Luuk', 'Sven', 'Liam', 'Mees', 'Gijs', 'Jens'],
    female: ['Emma', 'Julia', 'Tess', 'Sophie', 'Mila', 'Zoë', 'Sara', 'Evi', 'Noor', 'Lotte', 'Saar', 'Fenna', 'Nova', 'Yara', 'Liv'],
  },
]

// biome-ignore format: a list reads better as a block
export const surnames: readonly string[] = [
  'de Vries', 'Bakker', 'Mulder', 'Smit', 'de Jong', 'Meijer', 'de Boer', 'Bos', 'Visser', 'Dijkstra', 'Jansen',
  'Hoving', 'Lubbers', 'Zwiers', 'Hilbrands', 'Kuiper', 'Oosting', 'Wolters', 'Schepers', 'Lanting', 'Huisman',
  'Meijering', 'van den Brink', 'van der Veen', 'Post', 'Kamphuis', 'Wessels', 'Egberts', 'Nijboer', 'Drenth', 'Prins',
  'Hofstee', 'Pieters', 'Koops', 'Timmerman', 'Oldenhof', 'Kiewiet', 'Brinks', 'Boelens', 'Hadders', 'Vos', 'Veenstra',
  'Kremer', 'Tiesing', 'Warris', 'Mensen', 'Jalving', 'Pepping', 'Seubring', 'Snippe', 'Brouwer', 'van der Heide',
  'Haveman', 'Bruins', 'Zuidema', 'Eising', 'Hemmes', 'Kroeze', 'Reinders', 'Bosma', 'Hendriks', 'Ottens', 'Koopman',
  'Westerhof', 'Scholten', 'van Dijk', 'de Graaf', 'Wubs', 'Oving', 'Dekker', 'Hulshof', 'Klompmaker', 'Kok', 'Jager',
  'Lamberts', 'Steenbergen', 'Ensing', 'Slot', 'Thijs', 'van Beek', 'Hartman', 'Schonewille', 'Bouwmeester',
  'Nijenhuis', 'Strijker',
]

/** Newer Dutch: Turkish, Moroccan, Polish, Syrian and Eritrean names, about one member in fifteen. */
export const newerDutchNames = {
  male: ['Mohammed', 'Yusuf', 'Ahmed', 'Omar', 'Emre', 'Mehmet', 'Piotr', 'Tomasz', 'Karim', 'Ibrahim', 'Dawit', 'Adam'],
  female: ['Fatima', 'Aylin', 'Amira', 'Elif', 'Zeynep', 'Kasia', 'Agnieszka', 'Noor', 'Lina', 'Hana', 'Selam', 'Sara'],
  surnames: ['el Amrani', 'Yilmaz', 'Kaya', 'Nowak', 'Kowalski', 'Haddad', 'Al-Hassan', 'Tesfaye', 'Demir', 'Bouzid', 'Mazur'],
} as const

// biome-ignore format: a list reads better as a block
export const streets: readonly string[] = [
  'Hoofdstraat', 'Kerkstraat', 'Dorpsstraat', 'Brink', 'Schoolstraat', 'Molenweg', 'Stationsstraat', 'Julianastraat',
  'Wilhelminastraat', 'Beatrixlaan', 'Eikenlaan', 'Berkenlaan', 'Esweg', 'Boslaan', 'Kanaalweg', 'Wijk',
  'Meidoornstraat', 'Heidelaan', 'Vaart', 'Zuideinde', 'Noordeinde', 'Markt', 'Nieuwe Weg', 'Oranjestraat',
  'Lindelaan', 'Havenstraat',
]
