; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.stat = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.stat:0:24$0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.stat:0:48$0:1" = external global i64, !llvm.preserve.access.index !_ #0
define i32 @tp0_sys_enter_newfstat(i8* %ctx) #1 section "tracepoint/syscalls/sys_enter_newfstat" !dbg !_ {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !_
  %1 = icmp eq i64 %0, 0, !dbg !_
  br i1 %1, label %pid.match, label %pid.filter, !dbg !_

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !_

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %3 = lshr i64 %2, 32, !dbg !_
  %4 = icmp eq i64 %3, %0, !dbg !_
  br i1 %4, label %pid.match, label %return, !dbg !_

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !_
  %6 = bitcast i8* %5 to i64*, !dbg !_
  %7 = load i64, i64* %6, align 8, !dbg !_
  %8 = inttoptr i64 %7 to i8*, !dbg !_
  %9 = load i64, i64* @"llvm.stat:0:48$0:1", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %10)
  %12 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %13, align 8, !dbg !_
  %14 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 8, i8* %11) #1, !dbg !_
  %15 = load i64, i64* %13, align 8, !dbg !_
  %16 = load i64, i64* %6, align 8, !dbg !_
  %17 = inttoptr i64 %16 to i8*, !dbg !_
  %18 = load i64, i64* @"llvm.stat:0:24$0:0", align 8
  %19 = getelementptr i8, i8* %17, i64 %18
  %20 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %19)
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !_
  %22 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !_
  store i64 0, i64* %22, align 8, !dbg !_
  %23 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 4, i8* %20) #1, !dbg !_
  %24 = bitcast [1 x i64]* %tmp1 to i32*, !dbg !_
  %25 = load i32, i32* %24, align 8, !dbg !_
  %26 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %26, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %pid.match
  %27 = zext i32 %25 to i64, !dbg !_
  %28 = bitcast i8* %26 to i64*, !dbg !_
  store i64 1, i64* %28, align 8, !dbg !_
  %29 = getelementptr i8, i8* %26, i64 8, !dbg !_
  %30 = bitcast i8* %29 to i64*, !dbg !_
  store i64 %15, i64* %30, align 8, !dbg !_
  %31 = getelementptr i8, i8* %26, i64 16, !dbg !_
  %32 = bitcast i8* %31 to i64*, !dbg !_
  store i64 %27, i64* %32, align 8, !dbg !_
  %33 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %34 = icmp ugt i64 %33, 65536, !dbg !_
  %35 = select i1 %34, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %26, i64 %35) #1, !dbg !_
  br label %return, !dbg !_

rec.lost:                                         ; preds = %pid.match
  %36 = bitcast i32* %zero to i8*, !dbg !_
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %36) #1, !dbg !_
  %.not2 = icmp eq i8* %37, null, !dbg !_
  br i1 %.not2, label %return, label %stat.inc, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %38 = bitcast i8* %37 to i64*, !dbg !_
  %39 = load i64, i64* %38, align 8, !dbg !_
  %40 = add i64 %39, 1, !dbg !_
  store i64 %40, i64* %38, align 8, !dbg !_
  br label %return, !dbg !_
}
!_ = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 320, align: 8, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 64, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "stat", scope: !_, file: !_, size: 576, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_const_type, baseType: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "st_mode", scope: !_, file: !_, baseType: !_, size: 32, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "st_size", scope: !_, file: !_, baseType: !_, size: 64, offset: 384)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_user_struct.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 6, type: !_)
!_ = !DILocation(line: 6, column: 1, scope: !_)
!_ = !DILocation(line: 6, scope: !_)
!_ = !DILocation(line: 7, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 40, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "tp0_sys_enter_newfstat", linkageName: "tp0_sys_enter_newfstat", scope: !_, file: !_, line: 6, type: !_, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.stats(%struct.stat*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
