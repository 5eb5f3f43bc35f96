/** Mutations that know nothing of the format: flipped bits, truncations, inserted and deleted bytes. */
import type { Mutation } from './draw';

export const BYTE_MUTATIONS: readonly Mutation[] = [
  {
    name: 'byte flip',
    apply(input, draw) {
      const data = Buffer.from(input);
      const flips = 1 + draw.int(4);
      const at: number[] = [];
      for (let i = 0; i < flips; i++) {
        const index = draw.int(data.length);
        data[index] = (data[index] as number) ^ (1 << draw.int(8));
        at.push(index);
      }
      return { data, note: `at ${at.join(',')}` };
    },
  },
  {
    name: 'truncation',
    apply(input, draw) {
      const length = draw.int(input.length);
      const atLineEnd = length > 0 && input[length - 1] === 0x0a;
      return { data: input.subarray(0, length), note: `to ${length} of ${input.length} bytes`, stillWhole: atLineEnd };
    },
  },
  {
    name: 'byte insertion',
    apply(input, draw) {
      const at = draw.int(input.length + 1);
      const bytes = Buffer.from(Array.from({ length: 1 + draw.int(16) }, () => draw.int(256)));
      return {
        data: Buffer.concat([input.subarray(0, at), bytes, input.subarray(at)]),
        note: `${bytes.length} at ${at}`,
      };
    },
  },
  {
    name: 'byte deletion',
    apply(input, draw) {
      const at = draw.int(input.length);
      const count = 1 + draw.int(16);
      return {
        data: Buffer.concat([input.subarray(0, at), input.subarray(at + count)]),
        note: `${count} at ${at}`,
      };
    },
  },
];
