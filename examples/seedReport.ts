/** The seed report's figures, built with the model: shipped as a fixture of `ogi-report/testing`. */
export { seedReport } from 'ogi-report/fixtures';
