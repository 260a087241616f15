/** How an API enum value reads in the explorer: JOINT_ACTION_DAY → "joint action day". */
export const enumText = (name: string): string => name.toLowerCase().replace(/_/g, ' ');
