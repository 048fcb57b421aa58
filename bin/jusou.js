#!/usr/bin/env node
import { ignoreClosedOutput, main } from '../lib/cli.js';

ignoreClosedOutput();
process.exitCode = await main(process.argv.slice(2));
