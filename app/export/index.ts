export { exportJson } from './json.ts';
export { exportJsonToFile, writeAtomically } from './to-file.ts';
export {
  ANNOTATION_FORMATS, type AnnotationExportOptions, type AnnotationFormat, type ExportCount,
} from './annotated-documents.ts';
export { exportAnnotations, exportAnnotationsAsFile, ANNOTATION_FILE_TYPES, type AnnotationExportFile } from './annotations.ts';
export { exportAnnotationsToFile, exportMarkdownToFolder } from './annotations-to-file.ts';
export { importAnnotations, type AnnotationsImportReport } from './import-annotations.ts';
export {
  ENTITY_EXPORT_FORMATS, exportEntities, exportEntitiesToFolder, type EntityExportFile, type EntityExportFormat, type EntityExportOptions,
} from './entities/index.ts';
