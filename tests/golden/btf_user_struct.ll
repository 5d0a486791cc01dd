; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.stat = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@"llvm.stat:0:48$0:1" = external global i64, !llvm.preserve.access.index !45 #0
@"llvm.stat:0:24$0:0" = external global i64, !llvm.preserve.access.index !45 #0

; Function Attrs: nounwind
define i32 @tp0_sys_enter_newfstat(i8* %ctx) #1 section "tracepoint/syscalls/sys_enter_newfstat" !dbg !53 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !59
  %tmp = alloca [1 x i64], align 8, !dbg !59
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !60
  %1 = icmp eq i64 %0, 0, !dbg !60
  br i1 %1, label %pid.match, label %pid.filter, !dbg !60

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !60

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !60
  %3 = lshr i64 %2, 32, !dbg !60
  %4 = icmp eq i64 %3, %0, !dbg !60
  br i1 %4, label %pid.match, label %return, !dbg !60

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !61
  %6 = bitcast i8* %5 to i64*, !dbg !61
  %7 = load i64, i64* %6, align 8, !dbg !61
  %8 = inttoptr i64 %7 to i8*, !dbg !61
  %9 = load i64, i64* @"llvm.stat:0:48$0:1", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %10)
  %12 = bitcast [1 x i64]* %tmp to i8*, !dbg !61
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !61
  store i64 0, i64* %13, align 8, !dbg !61
  %14 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 8, i8* %11) #1, !dbg !61
  %15 = load i64, i64* %13, align 8, !dbg !61
  %16 = load i64, i64* %6, align 8, !dbg !61
  %17 = inttoptr i64 %16 to i8*, !dbg !61
  %18 = load i64, i64* @"llvm.stat:0:24$0:0", align 8
  %19 = getelementptr i8, i8* %17, i64 %18
  %20 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 1, i8* %19)
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !61
  %22 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !61
  store i64 0, i64* %22, align 8, !dbg !61
  %23 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 4, i8* %20) #1, !dbg !61
  %24 = bitcast [1 x i64]* %tmp1 to i32*, !dbg !61
  %25 = load i32, i32* %24, align 8, !dbg !61
  %26 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !61
  %.not = icmp eq i8* %26, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %pid.match
  %27 = zext i32 %25 to i64, !dbg !61
  %28 = bitcast i8* %26 to i64*, !dbg !61
  store i64 1, i64* %28, align 8, !dbg !61
  %29 = getelementptr i8, i8* %26, i64 8, !dbg !61
  %30 = bitcast i8* %29 to i64*, !dbg !61
  store i64 %15, i64* %30, align 8, !dbg !61
  %31 = getelementptr i8, i8* %26, i64 16, !dbg !61
  %32 = bitcast i8* %31 to i64*, !dbg !61
  store i64 %27, i64* %32, align 8, !dbg !61
  %33 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !61
  %34 = icmp ugt i64 %33, 65536, !dbg !61
  %35 = select i1 %34, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %26, i64 %35) #1, !dbg !61
  br label %return, !dbg !61

rec.lost:                                         ; preds = %pid.match
  %36 = bitcast i32* %zero to i8*, !dbg !61
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %36) #1, !dbg !61
  %.not2 = icmp eq i8* %37, null, !dbg !61
  br i1 %.not2, label %return, label %stat.inc, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %38 = bitcast i8* %37 to i64*, !dbg !61
  %39 = load i64, i64* %38, align 8, !dbg !61
  %40 = add i64 %39, 1, !dbg !61
  store i64 %40, i64* %38, align 8, !dbg !61
  br label %return, !dbg !61
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.stats(%struct.stat*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!51, !52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_user_struct.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "stat", scope: !3, file: !3, size: 576, elements: !46)
!46 = !{!47, !49}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "st_mode", scope: !3, file: !3, baseType: !48, size: 32, offset: 192)
!48 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "st_size", scope: !3, file: !3, baseType: !50, size: 64, offset: 384)
!50 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = !{i32 2, !"Dwarf Version", i32 4}
!53 = distinct !DISubprogram(name: "tp0_sys_enter_newfstat", linkageName: "tp0_sys_enter_newfstat", scope: !3, file: !3, line: 6, type: !54, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!54 = !DISubroutineType(types: !55)
!55 = !{!12, !56}
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !53, file: !3, line: 6, type: !56)
!59 = !DILocation(line: 6, scope: !53)
!60 = !DILocation(line: 6, column: 1, scope: !53)
!61 = !DILocation(line: 7, column: 2, scope: !53)
