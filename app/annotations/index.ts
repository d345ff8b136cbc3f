export { createAnnotation, getAnnotation, listAnnotations, removeAnnotation, updateAnnotation, type AnnotationChange, type NewAnnotation } from './store.ts';
