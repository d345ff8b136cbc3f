export { writeAtomically } from './to-file.ts';
export {
  ANNOTATION_FORMATS, type AnnotationExportOptions, type AnnotationFormat, type ExportCount,
} from './annotated-documents.ts';
export { exportAnnotations, exportAnnotationsAsFile, ANNOTATION_FILE_TYPES } from './annotations.ts';
export { exportAnnotationsToFile, exportMarkdownToFolder, exportMarkdownZip } from './annotations-to-file.ts';
export { importAnnotations, type AnnotationsImportReport } from './import-annotations.ts';
export {
  ENTITY_EXPORT_FORMATS, exportEntities, writeFilesToFolder, type EntityExportFile, type EntityExportFormat, type EntityExportOptions,
} from './entities/index.ts';
