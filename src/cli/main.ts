import { Command, Option } from 'commander'
import { readConfig } from '../config.js'
import { openDatabase } from '../db/open.js'
import { staffRoles } from '../modules/access/access.tables.js'
import { registerCirculationCommands } from './circulation.command.js'
import { cratesCommand } from './crates.command.js'
import { demoCommand } from './demo.command.js'
import { exportMarcCommand } from './export.command.js'
import { importMarcCommand } from './import.command.js'
import { fail } from './output.js'
import { planCommand } from './plan.command.js'
import { serve } from './serve.js'
import { addUser } from './user.command.js'

const program = new Command().name('naober').description('The shared system of a provincial public-library network').showHelpAfterError()

program
  .command('serve')
  .description('start the HTTP server (migrates, and builds the demo on an empty database)')
  .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', (v) => Number.parseInt(v, 10))
  .action((options: { port?: number }) => serve(options).catch(fail))

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(async () => {
    try {
      const database = await openDatabase(readConfig())
      console.log(database.applied.length ? `applied: ${database.applied.join(', ')}` : 'the schema is up to date')
      await database.close()
    } catch (error) {
      fail(error)
    }
  })

program
  .command('demo')
  .description('fill an empty database with the Drenthe demo')
  .addOption(new Option('--scale <scale>', 'how much catalogue and how many members').choices(['small', 'province']).default('small'))
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 1)
  .option('--reset', 'remove all data first (asks nothing: be sure)')
  .action((options: { scale: 'small' | 'province'; seed: number; reset?: boolean }) => demoCommand(options).catch(fail))

program
  .command('user')
  .description('manage staff users')
  .command('add')
  .description('add a staff user; the password is read from standard input')
  .requiredOption('--username <name>', 'sign-in name')
  .requiredOption('--display-name <name>', 'name shown in the app')
  .addOption(new Option('--role <role>', 'role').choices(staffRoles).makeOptionMandatory())
  .option('--organisation <id>', 'organisation (required for desk and organisation_admin)')
  .option('--municipality <code>', 'CBS code (municipality_viewer)')
  .option('--location <id...>', 'locations a desk user works at')
  .action((options) => addUser(options).catch(fail))

program
  .command('import')
  .description('bring data into naober')
  .command('marc')
  .description('import MARC 21 records (ISO 2709 in UTF-8 or MARC-8, or MARCXML); re-importing updates by 001, else ISBN')
  .argument('<file>', 'the MARC file')
  .addOption(new Option('--items <field>', 'read copies from this holdings field').choices(['952', '852']))
  .option('--json', 'print the report as JSON')
  .action((file: string, options: { items?: '952' | '852'; json?: boolean }) => importMarcCommand(file, options).catch(fail))

program
  .command('export')
  .description('take data out of naober')
  .command('marc')
  .description('export MARC 21 (UTF-8) of the catalogue or of what a search finds, streamed; the same records as GET /api/catalogue/export')
  .addOption(new Option('--format <format>', 'serialisation').choices(['iso2709', 'marcxml']).default('iso2709'))
  .option('--q <query>', 'only the records this search finds (as /api/search: words, "phrases", titel:, auteur:, isbn:)')
  .option('--items', 'add the copies as 952 fields')
  .option('--out <file>', 'write to this file (default: standard output)')
  .action((options: { format: 'iso2709' | 'marcxml'; q?: string; items?: boolean; out?: string }) => exportMarcCommand(options).catch(fail))

registerCirculationCommands(program)
program.addCommand(planCommand())
program.addCommand(cratesCommand())

await program.parseAsync()
