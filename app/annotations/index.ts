export { createAnnotation, getAnnotation, restoreAnnotation, listAnnotations, removeAnnotation, updateAnnotation, type AnnotationChange, type NewAnnotation } from './store.ts';
