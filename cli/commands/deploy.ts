/** `wohngeld deploy [PFAD ...]`: deploys models, decision tables and forms to the configured engine. */
import path from 'node:path';
import { configuredClusterAddress, createClient, describeClient } from '../../workers/client.ts';
import type { Command } from '../command.ts';
import { defaultResourceDirs, deployResources, displayDir, displayPath, findResources, formatDeployment } from '../resources.ts';

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Stellt BPMN-Modelle, Entscheidungstabellen und Formulare auf der Engine bereit',
  usage: 'wohngeld deploy [VERZEICHNIS|DATEI ...]',
  details: [
    'Ohne Angabe werden bpmn/ und forms/ des Projekts bereitgestellt (alle .bpmn-, .dmn- und .form-Dateien).',
    'Ziel ist der Cluster aus ZEEBE_REST_ADDRESS bzw. CAMUNDA_REST_ADDRESS, sonst http://localhost:8080',
    '(die Engine eines laufenden „wohngeld start“).',
  ],
  options: {},
  positionals: 'VERZEICHNIS|DATEI',
  async run({ positionals }, io) {
    const explicit = positionals.length > 0;
    const paths = explicit ? positionals.map((p) => path.resolve(io.cwd, p)) : defaultResourceDirs;
    const { files } = await findResources(paths, { required: explicit, display: (p) => displayPath(p, io.cwd) });
    const where = explicit ? positionals.join(', ') : paths.map((p) => displayDir(p, io.cwd)).join(', ');
    if (files.length === 0) {
      io.out(`Nichts bereitzustellen: keine .bpmn-, .dmn- oder .form-Dateien in ${where}.`);
      return 0;
    }
    const client = createClient({ env: io.env });
    const summary = await deployResources(client, files);
    const target = configuredClusterAddress(io.env) ? 'Camunda-Cluster' : 'Engine';
    io.out(`Bereitgestellt auf ${target} ${describeClient(client).restAddress}: ${formatDeployment(summary)} (aus ${where}).`);
    return 0;
  },
};
