'use client';

/**
 * The MDX map is the same for every lesson, so whatever it imports ships with every lesson page.
 * This stub is all that does; the island itself (placeholder, near-viewport loading) is a chunk
 * of its own, rendered into the HTML at build time and fetched only by lessons with an exercise.
 */
import dynamic from 'next/dynamic';

export const PythonExerciseIsland = dynamic(() => import('./exercise-island').then((m) => m.PythonExerciseIsland));
