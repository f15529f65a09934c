<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>MainWindow</name>
    <message>
      <source>Prepare and run your class conferences. Open your team's file to begin.</source>
      <translation>Forbered og afhold jeres klassekonferencer. Åbn teamets fil for at begynde.</translation>
    </message>
    <message>
      <source>Open file…</source>
      <translation>Åbn fil…</translation>
    </message>
    <message>
      <source>New file…</source>
      <translation>Ny fil…</translation>
    </message>
    <message>
      <source>Try the demo school</source>
      <translation>Prøv demoskolen</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Skoleår</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Klasser</translation>
    </message>
    <message>
      <source>Pupils</source>
      <translation>Elever</translation>
    </message>
    <message>
      <source>&amp;School year</source>
      <translation>&amp;Skoleår</translation>
    </message>
    <message>
      <source>&amp;Classes</source>
      <translation>&amp;Klasser</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Filer</translation>
    </message>
    <message>
      <source>&amp;New file…</source>
      <translation>&amp;Ny fil…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Åbn…</translation>
    </message>
    <message>
      <source>Open the &amp;demo school</source>
      <translation>Åbn &amp;demoskolen</translation>
    </message>
    <message>
      <source>&amp;Close file</source>
      <translation>&amp;Luk fil</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <source>Open file</source>
      <translation>Åbn fil</translation>
    </message>
    <message>
      <source>New file</source>
      <translation>Ny fil</translation>
    </message>
    <message>
      <source>The school's name:</source>
      <translation>Skolens navn:</translation>
    </message>
    <message>
      <source>Save the new file as</source>
      <translation>Gem den nye fil som</translation>
    </message>
    <message>
      <source>No file is open.</source>
      <translation>Ingen fil er åben.</translation>
    </message>
    <message>
      <source>About Klassekonference</source>
      <translation>Om Klassekonference</translation>
    </message>
    <message>
      <source>&amp;About Klassekonference</source>
      <translation>&amp;Om Klassekonference</translation>
    </message>
    <message>
      <source>Demo school</source>
      <translation>Demoskole</translation>
    </message>
    <message>
      <source>No classes in this school year yet.</source>
      <translation>Der er endnu ingen klasser i dette skoleår.</translation>
    </message>
    <message>
      <source>Klassekonference files (*{suffix});;All files (*)</source>
      <translation>Klassekonference-filer (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
      <source>Klassekonference files (*{suffix})</source>
      <translation>Klassekonference-filer (*{suffix})</translation>
    </message>
    <message>
      <source>The file was not made</source>
      <translation>Filen blev ikke oprettet</translation>
    </message>
    <message>
      <source>&lt;b&gt;Klassekonference&lt;/b&gt; {version}&lt;br&gt;Prepare and run class conferences, offline.</source>
      <translation>&lt;b&gt;Klassekonference&lt;/b&gt; {version}&lt;br&gt;Forbered og afhold klassekonferencer – uden internet.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>The file could not be opened</source>
      <translation>Filen kunne ikke åbnes</translation>
    </message>
    <message>
      <source>{count} pupils, school year {year}</source>
      <translation>{count} elever, skoleåret {year}</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Adgangskode:</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
  </context>
  <context>
    <name>absence</name>
    <message>
      <source>Total absence above 10 %</source>
      <translation>Samlet fravær over 10 %</translation>
    </message>
    <message>
      <source>Unlawful absence of 10 % or more: the parents must be warned</source>
      <translation>Ulovligt fravær på 10 % eller mere: forældrene skal varsles</translation>
    </message>
    <message>
      <source>Unlawful absence of 15 % or more: the municipality must be informed</source>
      <translation>Ulovligt fravær på 15 % eller mere: kommunen skal underrettes</translation>
    </message>
  </context>
  <context>
    <name>agenda</name>
    <message>
      <source>Follow-up on agreements</source>
      <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
      <source>The class's wellbeing</source>
      <translation>Klassens trivsel</translation>
    </message>
    <message>
      <source>Pupil review</source>
      <translation>Elevgennemgang</translation>
    </message>
    <message>
      <source>New agreements</source>
      <translation>Nye aftaler</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Opsummering</translation>
    </message>
  </context>
  <context>
    <name>agreement</name>
    <message>
      <source>The parents</source>
      <translation>Forældrene</translation>
    </message>
    <message>
      <source>The pupil</source>
      <translation>Eleven</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åben</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <source>Partly done</source>
      <translation>Delvist udført</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Ikke udført</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Opgivet</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>brug: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumenter</translation>
    </message>
    <message>
      <source>options</source>
      <translation>tilvalg</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>følgende skal angives: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>kræver én værdi</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>kan ikke bruges sammen med %s</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Integrity check: ok</source>
      <translation>Integritetstjek: i orden</translation>
    </message>
    <message>
      <source>Rows per table:</source>
      <translation>Rækker pr. tabel:</translation>
    </message>
    <message>
      <source>FILE</source>
      <translation>FIL</translation>
    </message>
    <message>
      <source>Prepare and run class conferences. Without a command the program window opens.</source>
      <translation>Forbered og afhold klassekonferencer. Uden en kommando åbnes programvinduet.</translation>
    </message>
    <message>
      <source>Commands (each has --help):
  demo OUT                    write the fictional demo school to OUT
  new OUT [--school NAME]     write an empty file for a school
  check --db FILE             check a file: version, integrity and contents</source>
      <translation>Kommandoer (hver har --help):
  demo UD                     skriv den opdigtede demoskole til UD
  new UD [--school NAVN]      skriv en tom fil til en skole
  check --db FIL              tjek en fil: version, integritet og indhold</translation>
    </message>
    <message>
      <source>the file to open</source>
      <translation>filen, der skal åbnes</translation>
    </message>
    <message>
      <source>open a fresh copy of the demo school</source>
      <translation>åbn en frisk kopi af demoskolen</translation>
    </message>
    <message>
      <source>There is no screen to show the window on (DISPLAY is not set). Start Klassekonference from a desktop, or use a command such as 'klassekonference check --db FILE'.</source>
      <translation>Der er ingen skærm at vise vinduet på (DISPLAY er ikke sat). Start Klassekonference fra et skrivebord, eller brug en kommando som 'klassekonference check --db FIL'.</translation>
    </message>
    <message>
      <source>Demo school.klassekonference</source>
      <translation>Demoskole.klassekonference</translation>
    </message>
    <message>
      <source>Write the fictional demo school to a file.</source>
      <translation>Skriv den opdigtede demoskole til en fil.</translation>
    </message>
    <message>
      <source>OUT</source>
      <translation>UD</translation>
    </message>
    <message>
      <source>the new file</source>
      <translation>den nye fil</translation>
    </message>
    <message>
      <source>Wrote the demo school to {path}</source>
      <translation>Demoskolen er skrevet til {path}</translation>
    </message>
    <message>
      <source>Wrote an empty file for {school} to {path}</source>
      <translation>En tom fil til {school} er skrevet til {path}</translation>
    </message>
    <message>
      <source>File: {path}</source>
      <translation>Fil: {path}</translation>
    </message>
    <message>
      <source>Schema version: {version}</source>
      <translation>Skemaversion: {version}</translation>
    </message>
    <message>
      <source>read the file's passphrase from this file (or set {env})</source>
      <translation>læs filens adgangskode fra denne fil (eller sæt {env})</translation>
    </message>
    <message>
      <source>Write an empty file for a school.</source>
      <translation>Skriv en tom fil til en skole.</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>NAVN</translation>
    </message>
    <message>
      <source>My school</source>
      <translation>Min skole</translation>
    </message>
    <message>
      <source>the school's name</source>
      <translation>skolens navn</translation>
    </message>
    <message>
      <source>Check a file: schema version, integrity and the number of rows per table.</source>
      <translation>Tjek en fil: skemaversion, integritet og antal rækker pr. tabel.</translation>
    </message>
    <message>
      <source>the file to check</source>
      <translation>filen, der skal tjekkes</translation>
    </message>
    <message>
      <source>Integrity check: {count} problems</source>
      <translation>Integritetstjek: {count} fejl</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: fejl: {message}</translation>
    </message>
    <message>
      <source>Passphrase for {name}: </source>
      <translation>Adgangskode til {name}: </translation>
    </message>
    <message>
      <source>The passphrase file “{path}” cannot be read.</source>
      <translation>Filen med adgangskoden, “{path}”, kan ikke læses.</translation>
    </message>
  </context>
  <context>
    <name>conference</name>
    <message>
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>I gang</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Afholdt</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>An agreement needs a text.</source>
      <translation>En aftale skal have en tekst.</translation>
    </message>
    <message>
      <source>Choose who is responsible for the agreement.</source>
      <translation>Vælg, hvem der er ansvarlig for aftalen.</translation>
    </message>
    <message>
      <source>An agreement for the class names no pupils.</source>
      <translation>En aftale for klassen nævner ingen enkelte elever.</translation>
    </message>
    <message>
      <source>An agreement for one pupil names exactly one pupil.</source>
      <translation>En aftale for én elev nævner præcis én elev.</translation>
    </message>
    <message>
      <source>An agreement for several pupils names at least two pupils.</source>
      <translation>En aftale for flere elever nævner mindst to elever.</translation>
    </message>
    <message>
      <source>“The pupil” can only be responsible when the agreement concerns one pupil.</source>
      <translation>“Eleven” kan kun være ansvarlig, når aftalen gælder én elev.</translation>
    </message>
    <message>
      <source>An agreement marked “{old}” must be reopened before it can be marked “{new}”.</source>
      <translation>En aftale markeret “{old}” skal genåbnes, før den kan markeres “{new}”.</translation>
    </message>
    <message>
      <source>A conference cannot go from “{old}” to “{new}”.</source>
      <translation>En konference kan ikke gå fra “{old}” til “{new}”.</translation>
    </message>
    <message>
      <source>A class is written like 5.B (grade, full stop, letter).</source>
      <translation>En klasse skrives som 5.B (klassetrin, punktum, bogstav).</translation>
    </message>
    <message>
      <source>A grade must be between 0 and 10.</source>
      <translation>Et klassetrin skal være mellem 0 og 10.</translation>
    </message>
    <message>
      <source>The class is already in the oldest grade and cannot move up.</source>
      <translation>Klassen går allerede på det ældste klassetrin og kan ikke rykke op.</translation>
    </message>
    <message>
      <source>A school year is written like 2025/26.</source>
      <translation>Et skoleår skrives som 2025/26.</translation>
    </message>
    <message>
      <source>Choose at least one class for the conference.</source>
      <translation>Vælg mindst én klasse til konferencen.</translation>
    </message>
    <message>
      <source>A conference for several classes covers one grade in one school year.</source>
      <translation>En konference for flere klasser gælder ét klassetrin i ét skoleår.</translation>
    </message>
    <message>
      <source>The conference has been held. Reopen it to make changes.</source>
      <translation>Konferencen er afholdt. Genåbn den for at ændre noget.</translation>
    </message>
    <message>
      <source>The school needs a name.</source>
      <translation>Skolen skal have et navn.</translation>
    </message>
    <message>
      <source>Name the subject.</source>
      <translation>Skriv fagets navn.</translation>
    </message>
    <message>
      <source>The note is empty.</source>
      <translation>Notatet er tomt.</translation>
    </message>
    <message>
      <source>Absence is a percentage between 0 and 100.</source>
      <translation>Fravær er en procentdel mellem 0 og 100.</translation>
    </message>
    <message>
      <source>The file has no school yet.</source>
      <translation>Filen har endnu ingen skole.</translation>
    </message>
    <message>
      <source>A staff member needs a name.</source>
      <translation>En medarbejder skal have et navn.</translation>
    </message>
    <message>
      <source>A pupil needs a name.</source>
      <translation>En elev skal have et navn.</translation>
    </message>
    <message>
      <source>The class {name} already exists in this school year.</source>
      <translation>Klassen {name} findes allerede i dette skoleår.</translation>
    </message>
    <message>
      <source>The class {name} already exists in the next school year.</source>
      <translation>Klassen {name} findes allerede i det næste skoleår.</translation>
    </message>
    <message>
      <source>The number of answers cannot be negative.</source>
      <translation>Antal svar kan ikke være negativt.</translation>
    </message>
    <message>
      <source>A share must be between 0 and 100 %.</source>
      <translation>En andel skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
      <source>Each answer option needs a share.</source>
      <translation>Hver svarmulighed skal have en andel.</translation>
    </message>
    <message>
      <source>An indicator value must be between 1 and 5.</source>
      <translation>En indikatorværdi skal være mellem 1 og 5.</translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>{name}  ({count} pupils)</source>
      <translation>{name}  ({count} elever)</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Left {date}</source>
      <translation>Udmeldt {date}</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <source>New agreement</source>
      <translation>Ny aftale</translation>
    </message>
    <message>
      <source>Review agreement</source>
      <translation>Opfølgning på aftale</translation>
    </message>
    <message>
      <source>Close conference</source>
      <translation>Afslut konference</translation>
    </message>
    <message>
      <source>Set conference back to planned</source>
      <translation>Sæt konference tilbage til planlagt</translation>
    </message>
    <message>
      <source>Plan conference</source>
      <translation>Planlæg konference</translation>
    </message>
    <message>
      <source>Start conference</source>
      <translation>Start konference</translation>
    </message>
    <message>
      <source>Reopen conference</source>
      <translation>Genåbn konference</translation>
    </message>
    <message>
      <source>Edit pupil review</source>
      <translation>Redigér elevgennemgang</translation>
    </message>
    <message>
      <source>Edit subject goal</source>
      <translation>Redigér faglige mål</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Tilføj notat</translation>
    </message>
    <message>
      <source>Create school</source>
      <translation>Opret skole</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>Tilføj medarbejder</translation>
    </message>
    <message>
      <source>Add class</source>
      <translation>Tilføj klasse</translation>
    </message>
    <message>
      <source>Add pupil</source>
      <translation>Tilføj elev</translation>
    </message>
    <message>
      <source>Mark pupil as left</source>
      <translation>Markér elev som udmeldt</translation>
    </message>
    <message>
      <source>Move class up to next school year</source>
      <translation>Ryk klassen op til næste skoleår</translation>
    </message>
    <message>
      <source>Save wellbeing results</source>
      <translation>Gem trivselsresultater</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <source>Below expectations</source>
      <translation>Under forventet</translation>
    </message>
    <message>
      <source>As expected</source>
      <translation>Som forventet</translation>
    </message>
    <message>
      <source>Above expectations</source>
      <translation>Over forventet</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Teacher</source>
      <translation>Lærer</translation>
    </message>
    <message>
      <source>Pedagogue</source>
      <translation>Pædagog</translation>
    </message>
    <message>
      <source>School leadership</source>
      <translation>Ledelse</translation>
    </message>
    <message>
      <source>AKT counsellor</source>
      <translation>AKT-lærer</translation>
    </message>
    <message>
      <source>PPR psychologist</source>
      <translation>PPR-psykolog</translation>
    </message>
    <message>
      <source>Reading or maths counsellor</source>
      <translation>Læse- eller matematikvejleder</translation>
    </message>
    <message>
      <source>School social worker</source>
      <translation>Skolesocialrådgiver</translation>
    </message>
    <message>
      <source>Health visitor</source>
      <translation>Sundhedsplejerske</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Andet</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <source>“{name}” already exists. Choose another name.</source>
      <translation>“{name}” findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
      <source>The file is damaged: {detail}</source>
      <translation>Filen er beskadiget: {detail}</translation>
    </message>
    <message>
      <source>“{name}” is not a Klassekonference file. Choose another file.</source>
      <translation>“{name}” er ikke en Klassekonference-fil. Vælg en anden fil.</translation>
    </message>
    <message>
      <source>“{name}” was saved by a newer version of Klassekonference (file format {file}, this program reads up to {app}). Install the newest version to open it; the file has not been changed.</source>
      <translation>“{name}” er gemt af en nyere version af Klassekonference (filformat {file}; dette program kan læse op til {app}). Installér den nyeste version for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Filen “{path}” findes ikke.</translation>
    </message>
    <message>
      <source>“{name}” is encrypted or damaged. If it is encrypted, give its passphrase.</source>
      <translation>“{name}” er krypteret eller beskadiget. Hvis den er krypteret, så angiv dens adgangskode.</translation>
    </message>
    <message>
      <source>“{name}” cannot be read: it is damaged, or it is not a Klassekonference file.</source>
      <translation>“{name}” kan ikke læses: den er beskadiget, eller den er ikke en Klassekonference-fil.</translation>
    </message>
    <message>
      <source>“{name}” could not be upgraded to this version of Klassekonference, so it has not been changed. Keep the file and contact the school's IT support.</source>
      <translation>“{name}” kunne ikke opgraderes til denne version af Klassekonference, så filen er ikke ændret. Gem filen, og kontakt skolens it-support.</translation>
    </message>
    <message>
      <source>The passphrase does not open “{name}”. Check the passphrase and try again.</source>
      <translation>Adgangskoden passer ikke til “{name}”. Tjek adgangskoden, og prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>wellbeing</name>
    <message>
      <source>Social wellbeing</source>
      <translation>Social trivsel</translation>
    </message>
    <message>
      <source>Academic wellbeing</source>
      <translation>Faglig trivsel</translation>
    </message>
    <message>
      <source>Support and inspiration</source>
      <translation>Støtte og inspiration</translation>
    </message>
    <message>
      <source>Peace and order</source>
      <translation>Ro og orden</translation>
    </message>
    <message>
      <source>General school wellbeing</source>
      <translation>Generel skoletrivsel</translation>
    </message>
    <message>
      <source>Only {count} answers: results for fewer than 5 answers are not shown, to protect the pupils' anonymity.</source>
      <translation>Kun {count} svar: resultater for færre end 5 svar vises ikke, for at beskytte elevernes anonymitet.</translation>
    </message>
  </context>
</TS>
