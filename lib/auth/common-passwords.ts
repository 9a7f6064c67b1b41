// Passwords that appear at the top of every breach list, plus Dutch favourites. Long
// passwords made only of these (or of one repeated character or a keyboard run) are refused.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789123",
  "111111111111",
  "000000000000",
  "passwordpassword",
  "password1234",
  "password12345",
  "password123456",
  "passw0rdpassw0rd",
  "qwertyuiopasdf",
  "qwertyuiop123",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "azertyuiop12",
  "iloveyou1234",
  "welcome12345",
  "welkom123456",
  "welkomwelkom",
  "wachtwoord12",
  "wachtwoord123",
  "wachtwoord1234",
  "wachtwoordwachtwoord",
  "geheim123456",
  "geheimgeheim",
  "letmein12345",
  "administrator",
  "administrator1",
  "adminadmin123",
  "changeme1234",
  "zomer2026zomer",
  "voorjaar2026",
  "samennaarschool",
  "samen-naar-school",
  "footballfootball",
  "monkey123456",
  "dragon123456",
  "sunshine1234",
  "princess1234",
  "trustno1trustno1",
  "abcdefghijkl",
  "abcdef123456",
  "abc123abc123",
  "aaaaaaaaaaaa",
  "baseball1234",
  "superman1234",
  "starwars1234",
  "whatever1234",
  "feyenoord1908",
  "ajaxajaxajax",
  "psvpsvpsvpsv",
  "nederland123",
  "amsterdam123",
  "rotterdam010",
  "123qweasdzxc",
]);

const KEYBOARD_RUNS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "0987654321", "abcdefghijklmnopqrstuvwxyz"];

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p)) return true;
  if (/^(.)\1+$/.test(p)) return true;
  // A password that is one word/number repeated (e.g. "welkomwelkom").
  if (/^(.{1,6})\1+$/.test(p)) return true;
  return KEYBOARD_RUNS.some((run) => run.includes(p));
}
