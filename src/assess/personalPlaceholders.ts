// Does a {placeholder} carry personal data? Decided from the placeholder's own words (a
// vocabulary of personal-data terms in the languages the detectors cover) and from the
// sentence around it: "{lead_name}, a company in the {industry} sector" names a company.
// Works on the name and the text alone, wherever the placeholder came from (YAML {input},
// a Python f-string part resolved to a placeholder).

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** A word that alone makes the value personal: {cv_text}, {home}, {patients_json}, {staff_roster}. */
const PERSONAL_TERMS = set(`
  email e-mail mail phone mobile cellphone telephone tel whatsapp ssn dob birthday birthdate birth passport iban salary payslip signature
  surname firstname lastname fullname username nickname address home residence cv resume résumé curriculum biography bio
  patient patients diagnosis medical health healthcare prescription symptoms allergies insurance roster personal private pii identity
  nationality religion ethnicity gender sexuality contacts inbox diary
  nome sobrenome apelido nombre apellido nom prénom prenom cognome vorname nachname endereco endereço morada direccion dirección domicilio
  adresse indirizzo anschrift wohnort telefone telefono teléfono téléfone téléphone handy cpf rg dni nie nif curriculo currículo
  paciente pacientes patiente paziente patienten nascimento nacimiento naissance nascita geburtsdatum saude saúde salud santé gesundheit
  perfil profil profilo lebenslauf
`);
/** Words for people: with an info word, or alone, the value is about a person ({customer_details}, {key_decision_maker}). */
const PERSON_ROLES = set(`
  customer customers client clients applicant applicants candidate candidates employee employees staff user users person people persons
  recipient recipients sender contact guest guests student students learner learners member members owner recruiter lead leads buyer
  traveller traveler travellers travelers passenger passengers manager prospect prospects tenant beneficiary borrower donor subscriber
  visitor caller interviewee child children parent parents family decision maker makers attendee attendees participant participants
  cliente clientes aluno alunos alumno alumnos funcionario funcionário empleado empleados usuario usuário utilisateur étudiant etudiant
  studente mitarbeiter kunde kunden hóspede huésped invitado
`);
/** What is said of a person: {customer_name}, {applicant_details}, {user_info}. */
const PERSON_INFO = set(`
  name names info information details detail data record records profile profiles history notes json list bio background email phone
  address contact contacts message messages story preferences dados datos données daten nome nombre nom
`);
/** Words that make it about a thing: {company_profile}, {product_name}, {market_data}. */
const THING_WORDS = set(`
  company companies business businesses product products brand brands market markets industry org organization organisation
  competitor competitors vendor vendors firm startup project projects app application website site domain topic topics sector
  service services platform tool tools team teams repo repository file document dataset model job role position course event
  empresa empresas produto producto marca mercado entreprise société unternehmen firma società prodotto
`);
/** Terms personal even next to a thing word: {company_ceo_email} is still someone's address. */
const ALWAYS_PERSONAL = set(`ssn dob birthday birthdate passport iban salary patient patients diagnosis medical cpf dni nie nif cv resume curriculum`);

/** Words of a placeholder name: cv_text, learnerProfile, staff-roster → [cv, text], [learner, profile], [staff, roster]. */
export function placeholderWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** From the placeholder's words alone. */
export function personalInputName(name: string): boolean {
  const words = placeholderWords(name);
  if (!words.length) return false;
  if (words.some((w) => ALWAYS_PERSONAL.has(w))) return true;
  const thing = words.some((w) => THING_WORDS.has(w));
  if (thing) return false;
  if (words.length === 1 && (words[0] === 'name' || words[0] === 'nome' || words[0] === 'nombre')) return true;
  if (words.some((w) => PERSONAL_TERMS.has(w))) return true;
  const role = words.findIndex((w) => PERSON_ROLES.has(w));
  if (role < 0) {
    // {first_name}, {full_name}, {given_name}
    const i = words.lastIndexOf('name');
    return i > 0 && /^(?:first|last|full|given|family|middle|maiden|legal|display)$/.test(words[i - 1]);
  }
  // a role alone ({key_decision_maker}, {recipient}) or a role with what is said of it ({customer_details})
  const rest = words.filter((w, i) => i !== role && !PERSON_ROLES.has(w) && !/^(?:key|main|primary|target|the|current|new|selected|first|last|full)$/.test(w));
  return rest.length === 0 || rest.some((w) => PERSON_INFO.has(w));
}

// the text calls the placeholder a company, product or topic: "{lead_name}, a company in …", "the product {x}"
const THING_NOUNS =
  'company|firm|startup|start-up|brand|product|platform|tool|organi[sz]ation|business|agency|app|application|service|website|sector|industry|market|topic|subject|competitor|vendor|empresa|produto|producto|marca|entreprise|unternehmen|società|tema|assunto';
const CALLED_A_THING_AFTER = new RegExp(`^(?:[ \\t]*,[ \\t]*|[ \\t]+|[ \\t]*\\([ \\t]*)(?:(?:which|that)[ \\t]+is[ \\t]+|is[ \\t]+)?(?:(?:a|an|the|uma|um|una|un|une|ein|eine)[ \\t]+)?(?:[\\p{L}-]+[ \\t]+){0,2}?(?:${THING_NOUNS})(?![\\p{L}])`, 'iu');
const CALLED_A_THING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:the|a|an|our|your|this|da|do|la|le|el|die|der)?[ \\t]*(?:${THING_NOUNS})[ \\t]*(?:called|named|chamada|chamado|llamada|llamado|:)?[ \\t]*$`, 'iu');

/**
 * The placeholder `{name}` at [start, end) of text: personal by its words, unless the sentence
 * around it says it is a company, product or topic.
 */
export function personalPlaceholder(name: string, text: string, start: number, end: number): boolean {
  if (!personalInputName(name)) return false;
  if (placeholderWords(name).some((w) => ALWAYS_PERSONAL.has(w))) return true;
  if (CALLED_A_THING_AFTER.test(text.slice(end, end + 60))) return false;
  if (CALLED_A_THING_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  return true;
}
