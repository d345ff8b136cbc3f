export { reanchorAnnotations, type ReanchorResult } from './reanchor.ts';
export {
  checkPassage, createAnnotation, createAnnotationIn, getAnnotation, listAnnotations, placeAnnotation, reattachAnnotation, removeAnnotation, restoreAnnotation,
  updateAnnotation, type AnnotationChange, type NewAnnotation,
} from './store.ts';
